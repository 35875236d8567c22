using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class ReadinessAndDuplicateTests
{
    private static readonly DateTimeOffset Earlier = Now.AddDays(-3);

    [Fact]
    public void Convert_SellerDecides_ConvertsALeadWithoutSignals()
    {
        Assert.True(Converter().Convert(FullLead(), Request()).IsSuccess);
    }

    [Theory]
    [InlineData(ConversionReadiness.InterestShown)]
    [InlineData(ConversionReadiness.MeetingAgreed)]
    [InlineData(ConversionReadiness.PricingAgreed)]
    public void Convert_WhenThePolicysSignalIsMissing_FailsNamingTheSignal(ConversionReadiness readiness)
    {
        var converter = Converter(new LeadConverterOptions { Readiness = readiness });

        var result = converter.Convert(FullLead(), Request());

        var error = Assert.IsType<ReadinessSignalMissingError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.ReadinessSignalMissing, error.Code);
        Assert.Equal(readiness, error.MissingSignal);
        Assert.Contains(readiness.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_InterestShownPolicy_ConvertsALeadThatShowedInterest()
    {
        var converter = Converter(new LeadConverterOptions { Readiness = ConversionReadiness.InterestShown });

        Assert.True(converter.Convert(FullLead() with { InterestShownAt = Earlier }, Request()).IsSuccess);
    }

    [Fact]
    public void Convert_MeetingAgreedPolicy_RefusesALeadThatOnlyShowedInterest()
    {
        var converter = Converter(new LeadConverterOptions { Readiness = ConversionReadiness.MeetingAgreed });

        var result = converter.Convert(FullLead() with { InterestShownAt = Earlier }, Request());

        Assert.Equal(ConversionReadiness.MeetingAgreed, Assert.IsType<ReadinessSignalMissingError>(Assert.Single(result.Errors)).MissingSignal);
    }

    [Fact]
    public void Convert_MeetingAgreedPolicy_ConvertsALeadThatAgreedOnPricing()
    {
        var converter = Converter(new LeadConverterOptions { Readiness = ConversionReadiness.MeetingAgreed });

        Assert.True(converter.Convert(FullLead() with { PricingAgreedAt = Earlier }, Request()).IsSuccess);
    }

    [Fact]
    public void Convert_PricingAgreedPolicy_RefusesALeadWithAMeetingOnly()
    {
        var converter = Converter(new LeadConverterOptions { Readiness = ConversionReadiness.PricingAgreed });

        Assert.True(converter.Convert(FullLead() with { MeetingAgreedAt = Earlier }, Request()).IsFailed);
        Assert.True(converter.Convert(FullLead() with { PricingAgreedAt = Earlier }, Request()).IsSuccess);
    }

    [Fact]
    public void Convert_WhenTheMatcherFindsDuplicates_FailsWithTheMatches()
    {
        var matcher = new FakeDuplicateMatcher([new AccountId("001DUP")], [new ContactId("003DUP")]);
        var ids = new SequentialIdGenerator();
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher, IdGenerator = ids });

        var result = converter.Convert(FullLead(), Request());

        var error = Assert.IsType<DuplicatesDetectedError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.DuplicatesDetected, error.Code);
        Assert.Equal([new AccountId("001DUP")], error.MatchingAccounts);
        Assert.Equal([new ContactId("003DUP")], error.MatchingContacts);
        Assert.Equal("001000001", ids.NewAccountId().Value);
    }

    [Fact]
    public void Convert_WhenTheMatcherFindsNothing_Converts()
    {
        var matcher = new FakeDuplicateMatcher();
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        Assert.True(converter.Convert(FullLead(), Request()).IsSuccess);
        Assert.Equal(1, matcher.AccountQuestions);
        Assert.Equal(1, matcher.ContactQuestions);
    }

    [Fact]
    public void Convert_WithAllowDuplicates_CreatesNewRecordsWithoutAsking()
    {
        var matcher = new FakeDuplicateMatcher([new AccountId("001DUP")], [new ContactId("003DUP")]);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        var result = converter.Convert(FullLead(), Request() with { AllowDuplicates = true });

        Assert.True(result.Value.AccountCreated);
        Assert.Equal(0, matcher.AccountQuestions);
    }

    [Fact]
    public void Convert_LinkingExistingRecords_DoesNotAskTheMatcherAboutThem()
    {
        var matcher = new FakeDuplicateMatcher([new AccountId("001DUP")], [new ContactId("003DUP")]);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });
        var account = ExistingAccount();

        var result = converter.Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = ExistingContact(account.Id) });

        Assert.True(result.IsSuccess);
        Assert.Equal(0, matcher.AccountQuestions);
        Assert.Equal(0, matcher.ContactQuestions);
    }

    [Fact]
    public void Convert_LinkingTheAccountOnly_FailsOnAContactDuplicate()
    {
        var matcher = new FakeDuplicateMatcher([new AccountId("001DUP")], [new ContactId("003DUP")]);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        var result = converter.Convert(FullLead(), Request() with { ExistingAccount = ExistingAccount() });

        var error = Assert.IsType<DuplicatesDetectedError>(Assert.Single(result.Errors));
        Assert.Empty(error.MatchingAccounts);
        Assert.Equal([new ContactId("003DUP")], error.MatchingContacts);
    }

    [Fact]
    public void Convert_WhenOtherRulesFail_DoesNotAskTheMatcher()
    {
        var matcher = new FakeDuplicateMatcher([new AccountId("001DUP")]);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        var result = converter.Convert(FullLead(), Request() with { OverwriteLeadSource = true });

        Assert.Equal(ErrorCodes.OverwriteLeadSourceRequiresContact, LeadConverterTests.Code(result.Errors));
        Assert.Equal(0, matcher.AccountQuestions);
    }
}
