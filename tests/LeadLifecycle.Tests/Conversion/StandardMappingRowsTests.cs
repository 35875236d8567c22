using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>The standard mapping rows of Salesforce Help, "Lead Conversion Field Mapping", added here: local-language
/// names, state and country codes, the primary campaign from campaign memberships; and convertLead()'s "Picklist
/// Values" rule.</summary>
public sealed class StandardMappingRowsTests
{
    [Fact]
    public void Convert_MapsTheLocalLanguageNames()
    {
        var lead = FullLead() with { CompanyLocal = "アナリティカル・エンジンズ", FirstNameLocal = "エイダ", LastNameLocal = "ラブレス" };

        var result = Converter().Convert(lead, Request()).Value;

        Assert.Equal("アナリティカル・エンジンズ", result.Account.NameLocal);
        Assert.Equal(("エイダ", "ラブレス"), (result.Contact.FirstNameLocal, result.Contact.LastNameLocal));
    }

    [Fact]
    public void Convert_CarriesStateAndCountryCodesToBillingAndMailingAddress()
    {
        var address = new Address { City = "Toronto", State = "Ontario", StateCode = "ON", Country = "Canada", CountryCode = "CA" };

        var result = Converter().Convert(FullLead() with { Address = address }, Request()).Value;

        Assert.Equal(("ON", "CA"), (result.Account.BillingAddress!.StateCode, result.Account.BillingAddress.CountryCode));
        Assert.Equal(("ON", "CA"), (result.Contact.MailingAddress!.StateCode, result.Contact.MailingAddress.CountryCode));
    }

    [Fact]
    public void Convert_TooLongLocalNamesOrCodes_FailWithStringTooLong()
    {
        var lead = FullLead() with { FirstNameLocal = new string('f', 41), Address = new Address { CountryCode = "CANADA-LONG" } };

        var fields = Converter().Convert(lead, Request()).Errors.Cast<LeadLifecycle.Errors.StringTooLongError>().Select(e => e.Field).Order(StringComparer.Ordinal);

        Assert.Equal(["CountryCode", "FirstNameLocal"], fields);
    }

    [Fact]
    public void Convert_MakesTheMostRecentlyAssociatedCampaignThePrimaryCampaignSource()
    {
        var lead = FullLead() with
        {
            CampaignId = new CampaignId("701FALLBACK0001"),
            CampaignMemberships =
            [
                new CampaignMembership(new CampaignId("701WEBINAR0001"), new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero)),
                new CampaignMembership(new CampaignId("701TRADESHOW01"), new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero)),
                new CampaignMembership(new CampaignId("701NEWSLETTER1"), new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)),
            ],
        };

        var result = Converter().Convert(lead, Request()).Value;

        Assert.Equal(new CampaignId("701TRADESHOW01"), result.Opportunity!.CampaignId);
    }

    [Fact]
    public void Convert_WithoutCampaignMemberships_UsesTheLeadsCampaignId()
    {
        var result = Converter().Convert(FullLead() with { CampaignId = new CampaignId("701FALLBACK0001") }, Request()).Value;

        Assert.Equal(new CampaignId("701FALLBACK0001"), result.Opportunity!.CampaignId);
    }

    [Fact]
    public void Convert_MapsThePartnerAccountToTheNewOpportunity()
    {
        var result = Converter().Convert(FullLead() with { PartnerAccountId = new AccountId("001PARTNER00001") }, Request()).Value;

        Assert.True(result.OpportunityCreated);
        Assert.Equal(new AccountId("001PARTNER00001"), result.Opportunity!.PartnerAccountId);
    }

    [Fact]
    public void Convert_PartnerAccount_FillsAnExistingOpportunitysEmptyOneButNeverOverwrites()
    {
        var account = new Account { Id = new AccountId("001EXISTING0001"), Name = "Analytical Engines" };
        var empty = new Opportunity { Id = new OpportunityId("006EXISTING0001"), Name = "Deal", AccountId = account.Id, Stage = "Qualification", Probability = 10 };
        var filled = empty with { PartnerAccountId = new AccountId("001OTHERPARTNR1") };
        var lead = FullLead() with { PartnerAccountId = new AccountId("001PARTNER00001") };

        var intoEmpty = Converter().Convert(lead, Request() with { ExistingAccount = account, ExistingOpportunity = empty }).Value;
        var intoFilled = Converter().Convert(lead, Request() with { ExistingAccount = account, ExistingOpportunity = filled }).Value;

        Assert.Equal(new AccountId("001PARTNER00001"), intoEmpty.Opportunity!.PartnerAccountId);
        Assert.Equal(new AccountId("001OTHERPARTNR1"), intoFilled.Opportunity!.PartnerAccountId);
    }

    [Fact]
    public void Convert_BlankStandardPicklists_GiveTheTargetsTheirDefaultValues()
    {
        var converter = Converter(new LeadConverterOptions
        {
            PicklistDefaults =
            [
                new PicklistDefault(ConversionTarget.Account, "Rating", "Warm"),
                new PicklistDefault(ConversionTarget.Account, "Industry", "Other"),
                new PicklistDefault(ConversionTarget.Contact, "LeadSource", "Other"),
                new PicklistDefault(ConversionTarget.Opportunity, "LeadSource", "Other"),
            ],
        });

        var blank = converter.Convert(FullLead() with { Rating = null, Industry = "", LeadSource = null }, Request()).Value;
        var filled = converter.Convert(FullLead(), Request()).Value;

        Assert.Equal(("Warm", "Other"), (blank.Account.Rating, blank.Account.Industry));
        Assert.Equal(("Other", "Other"), (blank.Contact.LeadSource, blank.Opportunity!.LeadSource));
        Assert.Null(blank.Account.AccountSource);   // no default given for it
        Assert.Equal(("Hot", "Engineering", "Web"), (filled.Account.Rating, filled.Account.Industry, filled.Contact.LeadSource));
    }

    [Fact]
    public void Convert_PicklistDefaults_NeverOverwriteAnExistingRecordsValue()
    {
        var converter = Converter(new LeadConverterOptions { PicklistDefaults = [new PicklistDefault(ConversionTarget.Contact, "LeadSource", "Other")] });
        var account = ExistingAccount();

        var result = converter.Convert(FullLead() with { LeadSource = null }, Request() with { ExistingAccount = account, ExistingContact = ExistingContact(account.Id) }).Value;

        Assert.Equal("Trade Show", result.Contact.LeadSource);
    }

    [Fact]
    public void Constructor_WithAPicklistDefaultForAFieldNoStandardPicklistFeeds_Throws()
    {
        var unmapped = new LeadConverterOptions
        {
            FieldMapping = LeadFieldMapping.SalesforceStandard.Without("Rating"),
            PicklistDefaults = [new PicklistDefault(ConversionTarget.Account, "Rating", "Warm")],
        };

        Assert.Equal("PicklistDefaults", Assert.Throws<ArgumentException>(() => new LeadConverter(LeadProcess.SalesforceClassic, unmapped)).ParamName);
        Assert.Throws<ArgumentException>(() => new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            PicklistDefaults = [new PicklistDefault(ConversionTarget.Account, "Rating", " ")],
        }));
    }
}
