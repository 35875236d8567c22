using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;
using static LeadLifecycle.Tests.Conversion.LeadConverterTests;

namespace LeadLifecycle.Tests.Conversion;

public class ConversionRequestTests
{
    private static Opportunity ExistingOpportunity(AccountId? accountId) => new()
    {
        Id = new OpportunityId("006EXISTING0001"),
        Name = "Engines Upgrade",
        AccountId = accountId,
        Stage = "Needs Analysis",
        Probability = 20,
    };

    [Fact]
    public void Convert_WithoutConvertedStatus_FailsWithRequiredFieldMissing()
    {
        var result = Converter().Convert(FullLead(), new ConversionRequest(" "));

        var error = Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.RequiredFieldMissing, error.Code);
        Assert.Equal(nameof(ConversionRequest.ConvertedStatus), error.Field);
    }

    [Fact]
    public void Convert_WithUnknownConvertedStatus_FailsWithUnknownLeadStatus()
    {
        var result = Converter().Convert(FullLead(), new ConversionRequest("Konvertiert"));

        var error = Assert.IsType<UnknownLeadStatusError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.UnknownLeadStatus, error.Code);
        Assert.Equal("Konvertiert", error.Status);
    }

    [Fact]
    public void Convert_WithAStatusThatIsNotConverted_FailsWithInvalidStatus()
    {
        var result = Converter().Convert(FullLead(), new ConversionRequest("Closed - Not Converted"));

        var error = Assert.IsType<RequestedStatusNotConvertedError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.InvalidConvertedStatus, error.Code);
        Assert.Equal("Closed - Not Converted", error.Status);
    }

    [Fact]
    public void Convert_WithAnotherConvertedStatusOfTheProcess_EndsInIt()
    {
        var process = new LeadProcessBuilder("Two converted")
            .AddOpenStatus("New", isDefault: true)
            .AddConvertedStatus("Qualified")
            .AddConvertedStatus("Qualified - Partner")
            .AddDisqualifiedStatus("Unqualified")
            .PermitStandardTransitions()
            .Build();
        var lead = FullLead() with { Status = "New" };

        var result = Converter(process: process).Convert(lead, new ConversionRequest("Qualified - Partner"));

        Assert.Equal("Qualified - Partner", result.Value.Lead.Status);
    }

    [Fact]
    public void Convert_WhenTheProcessHasNoConversionFromTheLeadsStatus_FailsWithTransitionNotPermitted()
    {
        var process = new LeadProcessBuilder("Convert from working only")
            .AddOpenStatus("New", isDefault: true)
            .AddOpenStatus("Working")
            .AddConvertedStatus("Qualified")
            .Permit(LeadStatusTrigger.MoveTo, "New", "Working")
            .Permit(LeadStatusTrigger.Convert, "Working", "Qualified")
            .Build();
        var lead = FullLead() with { Status = "New" };

        var result = Converter(process: process).Convert(lead, new ConversionRequest("Qualified"));

        var error = Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.LeadTransitionNotPermitted, error.Code);
        Assert.Equal(LeadStatusTrigger.Convert, error.Trigger);
        Assert.True(Converter(process: process).Convert(lead with { Status = "Working" }, new ConversionRequest("Qualified")).IsSuccess);
    }

    [Fact]
    public void Convert_FromADisqualifiedStatusOfTheStandardProcess_Converts()
    {
        var result = Converter().Convert(FullLead() with { Status = "Closed - Not Converted" }, Request());

        Assert.Equal(Converted, result.Value.Lead.Status);
    }

    [Fact]
    public void Convert_LeadInAStatusOutsideTheProcess_FailsWithUnknownLeadStatus()
    {
        var result = Converter().Convert(FullLead() with { Status = "Nurturing" }, Request());

        Assert.Equal(ErrorCodes.UnknownLeadStatus, Code(result.Errors));
    }

    [Fact]
    public void Convert_WithoutCompanyAndWithoutExistingAccount_FailsWithRequiredFieldMissing()
    {
        var result = Converter().Convert(FullLead() with { Company = null }, Request());

        var error = Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors));
        Assert.Equal(nameof(Lead.Company), error.Field);
    }

    [Fact]
    public void Convert_WithExistingContactButNoAccount_FailsWithContactRequiresAccount()
    {
        var contact = ExistingContact(new AccountId("001EXISTING0001"));

        var result = Converter().Convert(FullLead(), Request() with { ExistingContact = contact });

        var error = Assert.IsType<ContactRequiresAccountError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.ContactRequiresAccount, error.Code);
        Assert.Equal(contact.Id, error.ContactId);
    }

    [Fact]
    public void Convert_WithExistingContactOfAnotherAccount_FailsWithContactNotOnAccount()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(new AccountId("001SOMEONEELSE1"));

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact });

        var error = Assert.IsType<ContactNotOnAccountError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.ContactNotOnAccount, error.Code);
        Assert.Equal(new AccountId("001SOMEONEELSE1"), error.ContactAccountId);
        Assert.Equal(account.Id, error.AccountId);
    }

    [Fact]
    public void Convert_WithExistingOpportunityAndName_FailsWithOpportunityIdAndName()
    {
        var account = ExistingAccount();

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingOpportunity = ExistingOpportunity(account.Id), OpportunityName = "New deal" });

        var error = Assert.IsType<OpportunityIdAndNameError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.OpportunityIdAndName, error.Code);
        Assert.Equal("New deal", error.OpportunityName);
    }

    [Fact]
    public void Convert_WithOpportunityNameOf81Characters_FailsWithStringTooLong()
    {
        var result = Converter().Convert(FullLead(), Request() with { OpportunityName = new string('n', 81) });

        var error = Assert.IsType<StringTooLongError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.StringTooLong, error.Code);
        Assert.Equal(80, error.MaxLength);
        Assert.Equal(81, error.ActualLength);
    }

    [Fact]
    public void Convert_WithOpportunityNameOf80Characters_UsesIt()
    {
        var name = new string('n', 80);

        var result = Converter().Convert(FullLead(), Request() with { OpportunityName = name });

        Assert.Equal(name, result.Value.Opportunity!.Name);
    }

    [Fact]
    public void Convert_WithBlankOpportunityName_FailsWithRequiredFieldMissing()
    {
        var result = Converter().Convert(FullLead(), Request() with { OpportunityName = "  " });

        Assert.Equal(ErrorCodes.RequiredFieldMissing, Code(result.Errors));
    }

    [Fact]
    public void Convert_WithoutOpportunityButWithName_FailsWithOpportunityNotWanted()
    {
        var result = Converter().Convert(FullLead(), Request() with { DoNotCreateOpportunity = true, OpportunityName = "Deal" });

        var error = Assert.IsType<OpportunityNotWantedError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.OpportunityNotWanted, error.Code);
    }

    [Fact]
    public void Convert_WithoutOpportunityButWithExistingOpportunity_FailsWithOpportunityNotWanted()
    {
        var account = ExistingAccount();

        var result = Converter().Convert(FullLead(), Request() with { DoNotCreateOpportunity = true, ExistingAccount = account, ExistingOpportunity = ExistingOpportunity(account.Id) });

        Assert.Equal(ErrorCodes.OpportunityNotWanted, Code(result.Errors));
    }

    [Fact]
    public void Convert_WithExistingOpportunityOfAnotherAccount_FailsWithOpportunityNotOnAccount()
    {
        var account = ExistingAccount();

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingOpportunity = ExistingOpportunity(new AccountId("001SOMEONEELSE1")) });

        var error = Assert.IsType<OpportunityNotOnAccountError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.OpportunityNotOnAccount, error.Code);
    }

    [Fact]
    public void Convert_WithExistingOpportunityButNewAccount_FailsSayingItNeedsTheExistingAccount()
    {
        var result = Converter().Convert(FullLead(), Request() with { ExistingOpportunity = ExistingOpportunity(new AccountId("001SOMEONEELSE1")) });

        var error = Assert.IsType<OpportunityRequiresAccountError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.OpportunityRequiresAccount, error.Code);
        Assert.Equal(new AccountId("001SOMEONEELSE1"), error.OpportunityAccountId);
        Assert.Contains("needs the existing account", error.Message, StringComparison.Ordinal);
        Assert.Contains("001SOMEONEELSE1", error.Message, StringComparison.Ordinal);
        Assert.Equal("001SOMEONEELSE1", error.Metadata[nameof(error.OpportunityAccountId)]);
    }

    [Fact]
    public void Convert_OverwriteLeadSourceWithoutExistingContact_FailsWithOverwriteLeadSourceRequiresContact()
    {
        var result = Converter().Convert(FullLead(), Request() with { OverwriteLeadSource = true });

        var error = Assert.IsType<OverwriteLeadSourceRequiresContactError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.OverwriteLeadSourceRequiresContact, error.Code);
    }

    [Fact]
    public void Convert_QueueOwnedLeadWithoutOwner_FailsWithOwnerRequired()
    {
        var lead = FullLead() with { OwnerId = new OwnerId("00G000000000001") };

        var result = Converter().Convert(lead, Request());

        var error = Assert.IsType<OwnerRequiredError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.OwnerRequired, error.Code);
        Assert.Equal(lead.OwnerId, error.QueueId);
    }

    [Fact]
    public void Convert_QueueOwnedLeadWithOwner_GivesTheNewRecordsThatOwner()
    {
        var owner = new OwnerId("005SELLER000001");
        var lead = FullLead() with { OwnerId = new OwnerId("00G000000000001") };

        var result = Converter().Convert(lead, Request() with { OwnerId = owner }).Value;

        Assert.Equal(owner, result.Account.OwnerId);
        Assert.Equal(owner, result.Contact.OwnerId);
        Assert.Equal(owner, result.Opportunity!.OwnerId);
    }

    [Fact]
    public void Convert_WithExistingRecordsWithoutIds_FailsWithInvalidFieldValue()
    {
        var account = ExistingAccount() with { Id = default };
        var contact = ExistingContact(default) with { Id = default };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact });

        Assert.Equal([ErrorCodes.InvalidFieldValue, ErrorCodes.InvalidFieldValue], Codes(result.Errors));
    }

    [Fact]
    public void Convert_WithSeveralBrokenRules_ReportsEveryProblemAtOnce()
    {
        var request = new ConversionRequest("Closed - Not Converted")
        {
            ExistingContact = ExistingContact(new AccountId("001X")),
            DoNotCreateOpportunity = true,
            OpportunityName = new string('n', 81),
        };
        var lead = FullLead() with { Company = null, OwnerId = new OwnerId("00GQUEUE") };
        var converter = Converter(new LeadConverterOptions { Readiness = ConversionReadiness.PricingAgreed });

        var result = converter.Convert(lead, request);

        Assert.Equal(
            [
                ErrorCodes.ContactRequiresAccount, ErrorCodes.OpportunityNotWanted, ErrorCodes.OwnerRequired,
                ErrorCodes.ReadinessSignalMissing, ErrorCodes.InvalidConvertedStatus, ErrorCodes.RequiredFieldMissing,
                ErrorCodes.StringTooLong,
            ],
            Codes(result.Errors));
    }

    [Fact]
    public void Convert_Failed_ReturnsNoRecordsAndCreatesNoIds()
    {
        var ids = new SequentialIdGenerator();
        var converter = Converter(new LeadConverterOptions { IdGenerator = ids });

        var failed = converter.Convert(FullLead(), Request() with { OverwriteLeadSource = true });
        var next = converter.Convert(FullLead(), Request()).Value;

        Assert.True(failed.IsFailed);
        Assert.Equal("001000001", next.Account.Id.Value);
    }
}
