using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class LeadConverterTests
{
    [Fact]
    public void Convert_NewRecords_MapsTheStandardFieldsToTheAccount()
    {
        var lead = FullLead();

        var account = Converter().Convert(lead, Request()).Value.Account;

        Assert.Equal("Analytical Engines Ltd", account.Name);
        Assert.Equal(lead.Address, account.BillingAddress);
        Assert.Equal(lead.Phone, account.Phone);
        Assert.Equal(lead.Fax, account.Fax);
        Assert.Equal(lead.Website, account.Website);
        Assert.Equal(lead.Industry, account.Industry);
        Assert.Equal(lead.AnnualRevenue, account.AnnualRevenue);
        Assert.Equal(lead.NumberOfEmployees, account.NumberOfEmployees);
        Assert.Equal(lead.Rating, account.Rating);
        Assert.Equal(lead.LeadSource, account.AccountSource);
        Assert.Equal(lead.OwnerId, account.OwnerId);
        Assert.Null(account.Description);
        Assert.Empty(account.CustomFields);
    }

    [Fact]
    public void Convert_NewRecords_MapsTheStandardFieldsToTheContact()
    {
        var lead = FullLead();

        var result = Converter().Convert(lead, Request()).Value;
        var contact = result.Contact;

        Assert.Equal(result.Account.Id, contact.AccountId);
        Assert.Equal(lead.Salutation, contact.Salutation);
        Assert.Equal(lead.FirstName, contact.FirstName);
        Assert.Equal(lead.MiddleName, contact.MiddleName);
        Assert.Equal(lead.LastName, contact.LastName);
        Assert.Equal(lead.Suffix, contact.Suffix);
        Assert.Equal(lead.Title, contact.Title);
        Assert.Equal(lead.Email, contact.Email);
        Assert.Equal(lead.Phone, contact.Phone);
        Assert.Equal(lead.MobilePhone, contact.MobilePhone);
        Assert.Equal(lead.Fax, contact.Fax);
        Assert.Equal(lead.Address, contact.MailingAddress);
        Assert.Equal(lead.LeadSource, contact.LeadSource);
        Assert.Equal(lead.Description, contact.Description);
        Assert.True(contact.DoNotCall);
        Assert.True(contact.HasOptedOutOfEmail);
        Assert.True(contact.HasOptedOutOfFax);
        Assert.Equal(lead.OwnerId, contact.OwnerId);
        Assert.Equal("Ada Augusta Lovelace II", contact.Name);
    }

    [Fact]
    public void Convert_NewOpportunity_StartsInTheFirstStageWithTheLeadsSourceOwnerAndCampaign()
    {
        var lead = FullLead();

        var result = Converter().Convert(lead, Request()).Value;
        var opportunity = Assert.IsType<Opportunity>(result.Opportunity);

        Assert.Equal("Analytical Engines Ltd", opportunity.Name);
        Assert.Equal("Prospecting", opportunity.Stage);
        Assert.Equal(10, opportunity.Probability);
        Assert.Equal(ForecastCategory.Pipeline, opportunity.ForecastCategory);
        Assert.False(opportunity.IsClosed);
        Assert.False(opportunity.IsWon);
        Assert.Equal(new DateOnly(2026, 3, 31), opportunity.CloseDate);
        Assert.Equal("Web", opportunity.LeadSource);
        Assert.Equal(lead.OwnerId, opportunity.OwnerId);
        Assert.Equal(lead.CampaignId, opportunity.CampaignId);
        Assert.Equal(result.Account.Id, opportunity.AccountId);
        Assert.Equal(result.Contact.Id, opportunity.ContactId);
        Assert.True(result.OpportunityCreated);
        var history = Assert.Single(opportunity.History);
        Assert.Equal(("Prospecting", 10, Now), (history.Stage, history.Probability, history.ChangedAt));
    }

    [Fact]
    public void Convert_WithAnotherSalesProcess_StartsInItsFirstStage()
    {
        var process = SalesProcess.SalesforceDefault;
        var converter = Converter(new LeadConverterOptions { SalesProcess = process });

        var opportunity = converter.Convert(FullLead(), Request()).Value.Opportunity!;

        Assert.Equal(process.DefaultStage.Name, opportunity.Stage);
        Assert.Equal(process.DefaultStage.Probability, opportunity.Probability);
    }

    [Fact]
    public void Convert_Succeeds_MarksTheLeadConvertedWithTheRecordIds()
    {
        var lead = FullLead();

        var result = Converter().Convert(lead, Request()).Value;

        Assert.True(result.Lead.IsConverted);
        Assert.Equal(Converted, result.Lead.Status);
        Assert.Equal(new DateOnly(2026, 2, 24), result.Lead.ConvertedDate);
        Assert.Equal(result.Account.Id, result.Lead.ConvertedAccountId);
        Assert.Equal(result.Contact.Id, result.Lead.ConvertedContactId);
        Assert.Equal(result.Opportunity!.Id, result.Lead.ConvertedOpportunityId);
        Assert.Equal(lead with { Version = lead.Version + 1, Status = result.Lead.Status, IsConverted = true, ConvertedDate = result.Lead.ConvertedDate, ConvertedAccountId = result.Lead.ConvertedAccountId, ConvertedContactId = result.Lead.ConvertedContactId, ConvertedOpportunityId = result.Lead.ConvertedOpportunityId }, result.Lead);
        Assert.False(lead.IsConverted);
    }

    [Fact]
    public void Convert_Succeeds_ReturnsTheLeadConvertedAndStatusChangedEvents()
    {
        var lead = FullLead();

        var result = Converter().Convert(lead, Request()).Value;

        Assert.Equal(new LeadConverted(lead.Id, Converted, result.Account.Id, result.Contact.Id, result.Opportunity!.Id, true, true, true, Now), result.Event);
        Assert.Equal(
            new LeadStatusChanged(lead.Id, "Working - Contacted", Converted, LeadStatusTrigger.Convert, Now)
            {
                Conversion = new ConvertedLeadFields(result.Lead.ConvertedDate!.Value, result.Account.Id, result.Contact.Id, result.Opportunity.Id),
            },
            result.StatusChanged);
    }

    [Fact]
    public void Convert_StatusChangedEvent_ReplaysToAConvertedLead()
    {
        var lead = FullLead();
        var result = Converter().Convert(lead, Request()).Value;

        var replayed = new LeadWorkflow(LeadProcess.SalesforceClassic).Replay(lead, [result.StatusChanged]);

        Assert.Equal(result.Lead, replayed.Value);
    }

    [Fact]
    public void Convert_NewRecords_CreatesIdsInSalesforcesOrder()
    {
        var result = Converter().Convert(FullLead(), Request()).Value;

        Assert.Equal("001000001", result.Account.Id.Value);
        Assert.Equal("003000002", result.Contact.Id.Value);
        Assert.Equal("006000003", result.Opportunity!.Id.Value);
        Assert.True(result.AccountCreated);
        Assert.True(result.ContactCreated);
        Assert.False(result.AccountMerged);
        Assert.False(result.ContactMerged);
    }

    [Fact]
    public void Convert_WhenLeadAlreadyConverted_FailsWithTheEarlierIds()
    {
        var converter = Converter();
        var first = converter.Convert(FullLead(), Request()).Value;

        var second = converter.Convert(first.Lead, Request());

        var error = Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(second.Errors));
        Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, error.Code);
        Assert.Equal(first.Account.Id, error.AccountId);
        Assert.Equal(first.Contact.Id, error.ContactId);
        Assert.Equal(first.Opportunity!.Id, error.OpportunityId);
    }

    [Fact]
    public void Convert_ConvertedLead_IsRefusedByEveryWorkflowVerb()
    {
        var converted = Converter().Convert(FullLead(), Request()).Value.Lead;
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);

        Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, Code(workflow.MarkContacted(converted).Errors));
        Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, Code(workflow.Disqualify(converted, "Lost").Errors));
        Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, Code(workflow.RecordPricingAgreed(converted).Errors));
        Assert.Empty(workflow.GetPermittedTransitions(converted));
    }

    [Fact]
    public void Convert_InAConfiguredTimeZone_TakesTheLocalDate()
    {
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), tokyo);
        var converter = Converter(new LeadConverterOptions { TimeProvider = clock });

        var result = converter.Convert(FullLead(), Request()).Value;

        Assert.Equal(new DateOnly(2026, 4, 1), result.Lead.ConvertedDate);
        Assert.Equal(new DateOnly(2026, 6, 30), result.Opportunity!.CloseDate);
    }

    [Fact]
    public void CanConvert_AgreesWithConvert()
    {
        var converter = Converter();
        var bad = Request() with { OpportunityName = new string('x', 81) };

        Assert.True(converter.CanConvert(FullLead(), Request()));
        Assert.False(converter.CanConvert(FullLead(), bad));
        Assert.Equal(ErrorCodes.StringTooLong, Code(converter.Convert(FullLead(), bad).Errors));
    }

    [Fact]
    public void Constructor_WithFiscalYearStartMonthOutOfRange_ThrowsNamingTheProperty()
    {
        Assert.Equal("FiscalYearStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { FiscalYearStartMonth = 13 })).ParamName);
        Assert.Equal("FiscalYearStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { FiscalYearStartMonth = 0 })).ParamName);
        Assert.Throws<ArgumentNullException>(() => new LeadConverter(null!));
    }

    [Fact]
    public void Constructor_WithAnInvalidOption_ThrowsNamingThatProperty()
    {
        LeadConverter Make(LeadConverterOptions options) => new(LeadProcess.SalesforceClassic, options);
        var none = new LeadConverterOptions();

        Assert.Equal("SalesProcess", Assert.Throws<ArgumentNullException>(() => Make(none with { SalesProcess = null! })).ParamName);
        Assert.Equal("FieldMapping", Assert.Throws<ArgumentNullException>(() => Make(none with { FieldMapping = null! })).ParamName);
        Assert.Equal("TimeProvider", Assert.Throws<ArgumentNullException>(() => Make(none with { TimeProvider = null! })).ParamName);
        Assert.Equal("IdGenerator", Assert.Throws<ArgumentNullException>(() => Make(none with { IdGenerator = null! })).ParamName);
        Assert.Equal("PicklistDefaults", Assert.Throws<ArgumentNullException>(() => Make(none with { PicklistDefaults = null! })).ParamName);
        Assert.Equal("Readiness", Assert.Throws<ArgumentOutOfRangeException>(() => Make(none with { Readiness = (ConversionReadiness)99 })).ParamName);
        Assert.Equal("PicklistDefaults", Assert.Throws<ArgumentException>(() => Make(none with { PicklistDefaults = [new PicklistDefault(ConversionTarget.Account, "Name", "x")] })).ParamName);
    }

    internal static string Code(IEnumerable<FluentResults.IError> errors) => ((LeadLifecycleError)errors.Single()).Code;

    internal static string[] Codes(IEnumerable<FluentResults.IError> errors) => [.. errors.Cast<LeadLifecycleError>().Select(e => e.Code).Order(StringComparer.Ordinal)];
}

public sealed class LeadConverterGuardTests
{
    [Fact]
    public void Convert_WhenTheProcessGuardsConversionAndTheGuardIsUnmet_FailsNamingTheGuard()
    {
        var process = new LeadProcessBuilder("Guarded conversion")
            .AddOpenStatus("Open", isDefault: true)
            .AddConvertedStatus("Qualified")
            .Permit(LeadStatusTrigger.Convert, "Open", "Qualified", new LeadTransitionGuard("lead has an email address", l => l.Email is not null))
            .Build();
        var converter = new LeadConverter(process);
        var lead = new LeadWorkflow(process).Create(new Lead { LastName = "Doe", Company = "Acme" }).Value;

        var refused = converter.Convert(lead, new ConversionRequest("Qualified"));
        var converted = converter.Convert(lead with { Email = "doe@acme.example" }, new ConversionRequest("Qualified"));

        var error = Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(refused.Errors));
        Assert.Equal(["lead has an email address"], error.UnmetGuards);
        Assert.True(converted.IsSuccess);
    }
}
