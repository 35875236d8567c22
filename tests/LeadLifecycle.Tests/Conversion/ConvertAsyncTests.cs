using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;
using static LeadLifecycle.Tests.Conversion.ConvertAsyncProperties;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>Issue 11: async duplicate matching, cancellation and the failure semantics of the async bulk path.</summary>
public sealed class ConvertAsyncTests
{
    /// <summary>An id generator that counts the ids it gave: nothing produced means zero.</summary>
    private sealed class CountingIds : IIdGenerator
    {
        private readonly LeadLifecycle.Testing.SequentialIdGenerator _inner = new();

        public int Given { get; private set; }

        public LeadId NewLeadId() => Count(_inner.NewLeadId());

        public AccountId NewAccountId() => Count(_inner.NewAccountId());

        public ContactId NewContactId() => Count(_inner.NewContactId());

        public OpportunityId NewOpportunityId() => Count(_inner.NewOpportunityId());

        private T Count<T>(T id)
        {
            Given++;
            return id;
        }
    }

    [Fact]
    public async Task ConvertAsync_WhenTheMatcherFindsAnAccount_FailsWithDuplicatesDetected_AndMakesNothing()
    {
        var ids = new CountingIds();
        var matcher = new FakeAsyncDuplicateMatcher([new AccountId("001DUP")], completion: MatcherCompletion.Asynchronously);

        var result = await Converter(new LeadConverterOptions { IdGenerator = ids }).ConvertAsync(FullLead(), Request(), matcher);

        var error = Assert.IsType<DuplicatesDetectedError>(Assert.Single(result.Errors));
        Assert.Equal([new AccountId("001DUP")], error.MatchingAccounts);
        Assert.Equal(0, ids.Given);
    }

    [Fact]
    public async Task ConvertAsync_AsksOnlyThePerCallMatcher_AccountsThenContacts_NotTheOptionsOne()
    {
        var optionsMatcher = new FakeDuplicateMatcher([new AccountId("001DUP")]);
        var perCall = new FakeAsyncDuplicateMatcher(completion: MatcherCompletion.Asynchronously);

        var result = await Converter(new LeadConverterOptions { DuplicateMatcher = optionsMatcher }).ConvertAsync(FullLead(), Request(), perCall);

        Assert.True(result.IsSuccess);
        Assert.Equal((0, 0), (optionsMatcher.AccountQuestions, optionsMatcher.ContactQuestions));
        Assert.Equal(["accounts", "contacts"], perCall.Questions.Select(q => q.Question));
    }

    [Fact]
    public async Task ConvertAsync_WhenAnotherCheckFails_NeverAsksTheMatcher()
    {
        var matcher = new FakeAsyncDuplicateMatcher();

        var result = await Converter().ConvertAsync(FullLead() with { LastName = "" }, Request(), matcher);

        Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors));
        Assert.Empty(matcher.Questions);
    }

    [Fact]
    public async Task ConvertAsync_WithACancelledToken_ThrowsBeforeAskingTheMatcher()
    {
        var matcher = new FakeAsyncDuplicateMatcher();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Converter().ConvertAsync(FullLead(), Request(), matcher, new CancellationToken(canceled: true)).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Converter().ConvertAsync(FullLead(), Request(), new CancellationToken(canceled: true)).AsTask());
        Assert.Empty(matcher.Questions);
    }

    [Fact]
    public async Task ConvertAsync_CancelledWhileTheMatcherRuns_ThrowsAndMakesNothing()
    {
        using var cancellation = new CancellationTokenSource();
        var ids = new CountingIds();
        var matcher = new FakeAsyncDuplicateMatcher(completion: MatcherCompletion.Asynchronously, failFor: _ =>
        {
            cancellation.Cancel();
            return null;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Converter(new LeadConverterOptions { IdGenerator = ids }).ConvertAsync(FullLead(), Request(), matcher, cancellation.Token).AsTask());
        Assert.Equal(0, ids.Given);
    }

    [Fact]
    public async Task ConvertAsync_WhenTheMatcherThrows_PassesTheExceptionOn_AndMakesNothing()
    {
        var ids = new CountingIds();
        var matcher = new FakeAsyncDuplicateMatcher(failFor: _ => new TimeoutException("database timeout"));

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => Converter(new LeadConverterOptions { IdGenerator = ids }).ConvertAsync(FullLead(), Request(), matcher).AsTask());

        Assert.Equal("database timeout", thrown.Message);
        Assert.Equal(0, ids.Given);
    }

    [Fact]
    public async Task ConvertManyAsync_WhenTheMatcherThrowsAtLeadN_GivesTheResultsBeforeN_ThenTheException_AndAsksNothingLater()
    {
        var leads = BulkFailureTests.Leads(10).ToArray();
        var matcher = new FakeAsyncDuplicateMatcher(completion: MatcherCompletion.Asynchronously, failFor: l => l.Id == leads[6].Id ? new InvalidOperationException("matcher failed") : null);
        var results = new List<Result<LeadConversion>>();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var result in Converter().ConvertManyAsync(Stream(leads), Request(), matcher))
            {
                results.Add(result);
            }
        });

        Assert.Equal("matcher failed", thrown.Message);
        Assert.Equal(leads.Take(6).Select(l => l.Id), results.Select(r => r.Value.Event.LeadId));
        Assert.DoesNotContain(matcher.Questions, q => string.CompareOrdinal(q.Lead.Value, leads[6].Id.Value) > 0);
    }

    [Fact]
    public async Task ConvertManyAsync_WhenTheSourceThrows_GivesTheEarlierResults_ThenTheException()
    {
        var results = new List<Result<LeadConversion>>();

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var result in Converter().ConvertManyAsync(Stream(BulkFailureTests.Leads(10, throwAt: 4)), Request(), new FakeAsyncDuplicateMatcher()))
            {
                results.Add(result);
            }
        });

        Assert.Equal(4, results.Count);
    }

    [Fact]
    public async Task ConvertManyAsync_CancelledAfterThreeResults_StopsBeforeTheNextLead_WithTheTokenOrWithCancellation()
    {
        foreach (var viaWithCancellation in new[] { false, true })
        {
            using var cancellation = new CancellationTokenSource();
            var matcher = new FakeAsyncDuplicateMatcher(completion: MatcherCompletion.Asynchronously);
            var leads = BulkFailureTests.Leads(10).ToArray();
            var sequence = viaWithCancellation
                ? Converter().ConvertManyAsync(Stream(leads), _ => Request(), matcher).WithCancellation(cancellation.Token)
                : Converter().ConvertManyAsync(Stream(leads), _ => Request(), matcher, cancellation.Token).WithCancellation(default);
            var received = 0;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var result in sequence)
                {
                    Assert.True(result.IsSuccess);
                    if (++received == 3)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            });

            Assert.Equal(3, received);
            Assert.Equal(leads.Take(3).Select(l => l.Id).Distinct(), matcher.Questions.Select(q => q.Lead).Distinct());
        }
    }

    [Fact]
    public async Task ConvertManyAsync_WithTheOptionsMatcher_RefusesDuplicatesLikeConvertMany()
    {
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = new FakeDuplicateMatcher(contacts: [new ContactId("003DUP")]) });

        var results = await ToListAsync(converter.ConvertManyAsync(Stream(BulkFailureTests.Leads(3)), Request()));

        Assert.All(results, r => Assert.IsType<DuplicatesDetectedError>(Assert.Single(r.Errors)));
    }
}
