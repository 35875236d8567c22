using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>An id generator that answers with fixed ids, as a faulty one might.</summary>
internal sealed class FixedIdGenerator(string account, string contact, string opportunity) : IIdGenerator
{
    public LeadId NewLeadId() => new("00QFIXED");

    public AccountId NewAccountId() => new(account);

    public ContactId NewContactId() => new(contact);

    public OpportunityId NewOpportunityId() => new(opportunity);
}

/// <summary>Convert checks what Create checks (issue 10: strings of 10 million characters built without Create were
/// accepted), the existing records it merges into, and the id generator's contract.</summary>
public sealed class ConversionLimitsTests
{
    [Fact]
    public void Convert_ALeadBuiltWithoutCreateWithA10MillionCharacterField_FailsWithStringTooLong()
    {
        var lead = FullLead() with { Description = new string('d', 10_000_000), Title = new string('t', 129) };

        var result = Converter().Convert(lead, Request());

        var errors = result.Errors.Cast<StringTooLongError>().OrderBy(e => e.Field, StringComparer.Ordinal).ToArray();
        Assert.Equal(["Description", "Title"], errors.Select(e => e.Field));
        Assert.Equal(10_000_000, errors[0].ActualLength);
        Assert.False(Converter().CanConvert(lead, Request()));
    }

    [Fact]
    public void Convert_ALeadWithoutLastNameOrWithABadEmail_FailsAsCreateWould()
    {
        var lead = FullLead() with { LastName = "", Email = "not an email" };

        var codes = LeadConverterTests.Codes(Converter().Convert(lead, Request()).Errors);

        Assert.Equal([ErrorCodes.InvalidEmailAddress, ErrorCodes.RequiredFieldMissing], codes);
    }

    [Fact]
    public void Convert_IntoAnExistingAccountWithOversizedFields_FailsNamingThem()
    {
        var account = ExistingAccount() with { Name = new string('a', 256), Industry = new string('i', 41) };

        var errors = Converter().Convert(FullLead(), Request() with { ExistingAccount = account }).Errors.Cast<StringTooLongError>();

        Assert.Equal(["ExistingAccount.Industry", "ExistingAccount.Name"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Convert_IntoAnExistingContactWithoutLastName_Fails()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id) with { LastName = " " };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact });

        Assert.Equal("ExistingContact.LastName", Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors)).Field);
    }

    [Fact]
    public void Convert_WhenTheDefaultOpportunityNameWouldPass120Characters_FailsWithStringTooLong()
    {
        var lead = FullLead() with { Company = new string('c', 121) };

        var error = Assert.IsType<StringTooLongError>(Assert.Single(Converter().Convert(lead, Request()).Errors));

        Assert.Equal(("Opportunity.Name", 120, 121), (error.Field, error.MaxLength, error.ActualLength));
        Assert.True(Converter().Convert(lead, Request() with { OpportunityName = "Named" }).IsSuccess);
        Assert.True(Converter().Convert(lead with { Company = new string('c', 120) }, Request()).IsSuccess);
    }

    [Fact]
    public void Convert_WhenTheIdGeneratorGivesTheExistingAccountsIdToTheNewContact_Throws()
    {
        var account = ExistingAccount();
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            IdGenerator = new FixedIdGenerator("001NEW", account.Id.Value, "006NEW"),
        });

        var error = Assert.Throws<InvalidOperationException>(() => converter.Convert(FullLead(), Request() with { ExistingAccount = account }));

        Assert.Contains(account.Id.Value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "003NEW", "006NEW")]
    [InlineData("SAME", "SAME", "006NEW")]
    [InlineData("001NEW", "003NEW", "001NEW")]
    [InlineData("001NEW", "003NEW", "00Q000000000001")]
    public void Convert_WhenTheIdGeneratorBreaksItsContract_Throws(string account, string contact, string opportunity)
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { IdGenerator = new FixedIdGenerator(account, contact, opportunity) });

        Assert.Throws<InvalidOperationException>(() => converter.Convert(FullLead(), Request()));
    }

    [Fact]
    public void Convert_WithASalesProcessPerRequest_StartsTheOpportunityInItAndSaysWhich()
    {
        var hubSpot = SalesProcess.HubSpotDefault;

        var result = Converter().Convert(FullLead(), Request() with { SalesProcess = hubSpot }).Value;
        var standard = Converter().Convert(FullLead(), Request()).Value;

        Assert.Equal(hubSpot.Stages[0].Name, result.Opportunity!.Stage);
        Assert.Equal(hubSpot.Name, result.SalesProcessName);
        Assert.Equal(Converter().SalesProcess.Name, standard.SalesProcessName);
        Assert.Equal(Converter().SalesProcess.Stages[0].Name, standard.Opportunity!.Stage);
    }

    [Fact]
    public void Convert_WithASalesProcessButNoNewOpportunity_FailsWithInvalidFieldValue()
    {
        var result = Converter().Convert(FullLead(), Request() with { SalesProcess = SalesProcess.HubSpotDefault, DoNotCreateOpportunity = true });

        Assert.Equal("SalesProcess", Assert.IsType<InvalidFieldValueError>(Assert.Single(result.Errors)).Field);
        Assert.Null(Converter().Convert(FullLead(), Request() with { DoNotCreateOpportunity = true }).Value.SalesProcessName);
    }
}
