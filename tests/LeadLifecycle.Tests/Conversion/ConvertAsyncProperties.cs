using FluentResults;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>Issue 11: the async conversion is the sync one with an awaited matcher: same result for the same inputs.</summary>
[Properties(Arbitrary = [typeof(AnyConversionArbitraries), typeof(ConvertAsyncProperties.Arbitraries)], MaxTest = 150)]
public sealed class ConvertAsyncProperties
{
    /// <summary>What the matcher finds: nothing, an account, a contact, or both.</summary>
    public sealed record Matches(bool Account, bool Contact)
    {
        public IReadOnlyList<AccountId> Accounts => Account ? [new AccountId("001DUPLICATE001")] : [];

        public IReadOnlyList<ContactId> Contacts => Contact ? [new ContactId("003DUPLICATE001")] : [];
    }

    public static class Arbitraries
    {
        public static Arbitrary<Matches> MatchesArbitrary() =>
            (from account in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
             from contact in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
             select new Matches(account, contact)).ToArbitrary();

        public static Arbitrary<MatcherCompletion> Completions() => Gen.Elements(Enum.GetValues<MatcherCompletion>()).ToArbitrary();
    }

    private static LeadConverter ConverterFor(ConversionCase c, IDuplicateMatcher? matcher = null) =>
        new(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            FieldMapping = c.Mapping(),
            TimeProvider = new FakeTimeProvider(ConversionTestData.Now),
            IdGenerator = new SequentialIdGenerator(),
            AllowPersonAccountLeads = c.PersonAccounts,
            DuplicateMatcher = matcher,
        });

    [Property]
    public void ConvertAsync_WithAnAsyncMatcher_EqualsConvert_WithTheSameAnswersSynchronously(ConversionCase c, Matches matches, MatcherCompletion completion, bool allowDuplicates)
    {
        var request = c.Request() with { AllowDuplicates = allowDuplicates };
        var syncMatcher = new FakeDuplicateMatcher(matches.Accounts, matches.Contacts);
        var asyncMatcher = new FakeAsyncDuplicateMatcher(matches.Accounts, matches.Contacts, completion);

        var expected = ConverterFor(c, syncMatcher).Convert(c.Lead, request);
        var actual = ConverterFor(c).ConvertAsync(c.Lead, request, asyncMatcher).AsTask().GetAwaiter().GetResult();

        AssertSame(expected, actual);
        Assert.Equal((syncMatcher.AccountQuestions, syncMatcher.ContactQuestions), (asyncMatcher.AccountQuestions, asyncMatcher.ContactQuestions));
        Assert.False(asyncMatcher.Overlapped);
    }

    [Property]
    public void ConvertAsync_WithTheOptionsMatcher_EqualsConvert(ConversionCase c, Matches matches)
    {
        var expected = ConverterFor(c, new FakeDuplicateMatcher(matches.Accounts, matches.Contacts)).Convert(c.Lead, c.Request());
        var task = ConverterFor(c, new FakeDuplicateMatcher(matches.Accounts, matches.Contacts)).ConvertAsync(c.Lead, c.Request());

        Assert.True(task.IsCompletedSuccessfully, "the options' matcher is synchronous");
        AssertSame(expected, task.Result);
    }

    [Property(MaxTest = 50)]
    public void ConvertManyAsync_GivesTheResultsOfConvertMany_InOrder(ConversionCase[] cases, Matches matches, MatcherCompletion completion)
    {
        var template = cases.FirstOrDefault() ?? new ConversionCase(ConversionTestData.FullLead(), null, null, false, false, null, null, []);
        var leads = cases.Select((c, i) => c.Lead with { Id = new LeadId($"00Q{i:D9}") }).ToArray();
        var requests = leads.Zip(cases, (lead, c) => (lead.Id, Request: c.Request())).ToDictionary(p => p.Id, p => p.Request);
        var asyncMatcher = new FakeAsyncDuplicateMatcher(matches.Accounts, matches.Contacts, completion);

        var expected = ConverterFor(template, new FakeDuplicateMatcher(matches.Accounts, matches.Contacts)).ConvertMany(leads, l => requests[l.Id]).ToList();
        var actual = ToListAsync(ConverterFor(template).ConvertManyAsync(Stream(leads), l => requests[l.Id], asyncMatcher)).GetAwaiter().GetResult();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSame(expected[i], actual[i]);
        }

        Assert.False(asyncMatcher.Overlapped);
    }

    internal static void AssertSame(Result<LeadConversion> expected, Result<LeadConversion> actual)
    {
        Assert.Equal(expected.IsSuccess, actual.IsSuccess);
        if (expected.IsSuccess)
        {
            Assert.Equal(expected.Value, actual.Value);
        }
        else
        {
            Assert.Equal(expected.Errors.Select(e => (e.GetType(), e.Message)), actual.Errors.Select(e => (e.GetType(), e.Message)));
        }
    }

    internal static async IAsyncEnumerable<Lead> Stream(IEnumerable<Lead> leads)
    {
        foreach (var lead in leads)
        {
            await Task.Delay(1).ConfigureAwait(false);
            yield return lead;
        }
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
