using System.Globalization;
using FluentResults;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>A duplicate matcher that throws on one lead (by position in the stream) and counts its calls.</summary>
internal sealed class ThrowingDuplicateMatcher(int failAt) : IDuplicateMatcher
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public static int IndexOf(Lead lead) => int.Parse(lead.Id.Value.AsSpan(3), CultureInfo.InvariantCulture);

    public IReadOnlyList<AccountId> FindMatchingAccounts(Lead lead)
    {
        Interlocked.Increment(ref _calls);
        var index = IndexOf(lead);
        if (index == failAt)
        {
            throw new InvalidOperationException($"matcher failed on lead {index}");
        }

        return [];
    }

    public IReadOnlyList<ContactId> FindMatchingContacts(Lead lead) => [];
}

public sealed class BulkFailureTests
{
    private static readonly BulkConversionOptions FourWorkers = new() { MaxDegreeOfParallelism = 4, BatchSize = 128 };

    internal static IEnumerable<Lead> Leads(int count, int throwAt = -1)
    {
        var template = FullLead();
        for (var i = 0; i < count; i++)
        {
            if (i == throwAt)
            {
                throw new IOException($"source failed at lead {i}");
            }

            yield return template with { Id = new LeadId($"00Q{i:D9}"), Company = $"Company {i}" };
        }
    }

    /// <summary>Enumerates until the sequence throws, keeping the results received before.</summary>
    internal static (List<Result<LeadConversion>> Results, Exception? Failure) Drain(IEnumerable<Result<LeadConversion>> sequence)
    {
        var results = new List<Result<LeadConversion>>();
        try
        {
            foreach (var result in sequence)
            {
                results.Add(result);
            }
        }
        catch (Exception exception)
        {
            return (results, exception);
        }

        return (results, null);
    }

    [Fact]
    public void ConvertManyParallel_WhenTheMatcherThrowsOnLead300_YieldsThe299ResultsBeforeItInOrderThenTheException()
    {
        var matcher = new ThrowingDuplicateMatcher(failAt: 299);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        var (results, failure) = Drain(converter.ConvertManyParallel(Leads(10_000), _ => Request(), FourWorkers));

        Assert.Equal("matcher failed on lead 299", Assert.IsType<InvalidOperationException>(failure).Message);
        Assert.Equal(299, results.Count);
        Assert.Equal(Enumerable.Range(0, 299).Select(i => $"Company {i}"), results.Select(r => r.Value.Account.Name));
    }

    [Fact]
    public void ConvertManyParallel_AfterTheMatcherThrows_StopsAndCallsItNoMoreOnceTheCallerSeesTheFailure()
    {
        var matcher = new ThrowingDuplicateMatcher(failAt: 299);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        var (_, failure) = Drain(converter.ConvertManyParallel(Leads(100_000), _ => Request(), FourWorkers));
        var callsWhenThrown = matcher.Calls;
        Thread.Sleep(200);

        Assert.NotNull(failure);
        Assert.Equal(callsWhenThrown, matcher.Calls);
        // Until the matcher's exception has unwound to its worker and the run has recorded it, the other workers go on
        // converting (a run in CI saw 637 later leads reach the matcher in that window on a loaded 2-core machine, where
        // the first exception of a process takes milliseconds): how many is timing, not a guarantee. What is guaranteed:
        // the run stops (far fewer calls than leads) and nothing runs once the caller has seen the failure (above).
        Assert.InRange(matcher.Calls, 300, 100_000 / 2);
    }

    [Fact]
    public void ConvertManyParallel_WhenTheSourceThrowsAtLead500_YieldsThe499ResultsBeforeItThenTheException()
    {
        var (results, failure) = Drain(Converter().ConvertManyParallel(Leads(10_000, throwAt: 499), _ => Request(), FourWorkers));

        Assert.Equal("source failed at lead 499", Assert.IsType<IOException>(failure).Message);
        Assert.Equal(499, results.Count);
        Assert.Equal(Enumerable.Range(0, 499).Select(i => $"Company {i}"), results.Select(r => r.Value.Account.Name));
    }

    [Fact]
    public void ConvertManyParallel_WhenTheRequestSelectorThrowsOnLead300_YieldsThe299ResultsBeforeIt()
    {
        var asked = 0;
        ConversionRequest RequestFor(Lead lead)
        {
            Interlocked.Increment(ref asked);
            return ThrowingDuplicateMatcher.IndexOf(lead) == 299 ? throw new FormatException("selector failed") : Request();
        }

        var (results, failure) = Drain(Converter().ConvertManyParallel(Leads(10_000), RequestFor, FourWorkers));

        Assert.IsType<FormatException>(failure);
        Assert.Equal(299, results.Count);
        Assert.Equal(300, asked);
    }

    [Fact]
    public void ConvertMany_WhenTheMatcherThrowsOnLead300_YieldsThe299ResultsBeforeItThenTheException()
    {
        var matcher = new ThrowingDuplicateMatcher(failAt: 299);
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        var (results, failure) = Drain(converter.ConvertMany(Leads(10_000), Request()));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Equal(299, results.Count);
        Assert.Equal(300, matcher.Calls);
    }

    [Fact]
    public void ConvertMany_WhenCancelledAfter100Results_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        var results = new List<Result<LeadConversion>>();

        var failure = Record.Exception(() =>
        {
            foreach (var result in Converter().ConvertMany(Leads(10_000).Select(l => { read++; return l; }), _ => Request(), cancellation.Token))
            {
                results.Add(result);
                if (results.Count == 100)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.IsType<OperationCanceledException>(failure);
        Assert.Equal(100, results.Count);
        Assert.Equal(100, read);
    }

    [Fact]
    public void ConvertManyParallel_WhenCancelled_StopsPromptlyAndCallsNoUserCodeAfterwards()
    {
        using var cancellation = new CancellationTokenSource();
        var matcher = new FakeDuplicateMatcher();
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });
        var results = 0;

        var failure = Record.Exception(() =>
        {
            foreach (var result in converter.ConvertManyParallel(Leads(1_000_000), _ => Request(), FourWorkers, cancellation.Token))
            {
                if (++results == 1_000)
                {
                    cancellation.Cancel();
                }
            }
        });
        var callsWhenThrown = matcher.AccountQuestions;
        Thread.Sleep(200);

        Assert.IsAssignableFrom<OperationCanceledException>(failure);
        Assert.InRange(results, 1_000, 1_000 + (2 * FourWorkers.MaxDegreeOfParallelism * FourWorkers.BatchSize));
        Assert.Equal(callsWhenThrown, matcher.AccountQuestions);
    }

    [Fact]
    public void ConvertManyParallel_WithATokenCancelledBeforehand_ReadsNoLead()
    {
        var read = 0;

        var failure = Record.Exception(() => Converter().ConvertManyParallel(Leads(1_000).Select(l => { read++; return l; }), _ => Request(), FourWorkers, new CancellationToken(canceled: true)).ToList());

        Assert.IsAssignableFrom<OperationCanceledException>(failure);
        Assert.Equal(0, read);
    }

    [Fact]
    public void ConvertManyParallel_WhenAbandoned_StopsTheBatchesInFlight()
    {
        var matcher = new FakeDuplicateMatcher();
        var converter = Converter(new LeadConverterOptions { DuplicateMatcher = matcher });

        using (var enumerator = converter.ConvertManyParallel(Leads(1_000_000), _ => Request(), FourWorkers).GetEnumerator())
        {
            Assert.True(enumerator.MoveNext());
        }

        var callsWhenAbandoned = matcher.AccountQuestions;
        Thread.Sleep(200);

        Assert.InRange(matcher.AccountQuestions - callsWhenAbandoned, 0, FourWorkers.MaxDegreeOfParallelism);
    }

    [Fact]
    public void ConvertManyParallel_WithAnInvalidOption_ThrowsNamingTheProperty()
    {
        var converter = Converter();

        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => converter.ConvertManyParallel(Leads(1), _ => Request(), new BulkConversionOptions { BatchSize = 0 })).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => converter.ConvertManyParallel(Leads(1), _ => Request(), new BulkConversionOptions { MaxDegreeOfParallelism = 0 })).ParamName);
    }

    /// <summary>A failure at any lead, with any degree and batch size: the results before it equal the sequential
    /// results, in order, and the exception is the one user code threw.</summary>
    [Property(MaxTest = 60)]
    public void ConvertManyParallel_ResultsBeforeAFailure_EqualTheSequentialResults(PositiveInt leadCount, NonNegativeInt failAt, PositiveInt batchSize, bool failInSource)
    {
        var count = (leadCount.Get % 400) + 1;
        var fail = failAt.Get % (count + 1);   // == count: no failure
        var options = new BulkConversionOptions { MaxDegreeOfParallelism = 1 + (batchSize.Get % 4), BatchSize = (batchSize.Get % 50) + 1 };
        LeadConverter Make() => Converter(new LeadConverterOptions { DuplicateMatcher = failInSource ? null : new ThrowingDuplicateMatcher(fail) });
        IEnumerable<Lead> Source() => Leads(count, throwAt: failInSource ? fail : -1);

        var (sequential, sequentialFailure) = Drain(Make().ConvertMany(Source(), Request()));
        var (parallel, parallelFailure) = Drain(Make().ConvertManyParallel(Source(), _ => Request(), options));

        Assert.Equal(fail < count ? fail : count, parallel.Count);
        Assert.Equal(sequential.Select(r => r.Value.Account.Name), parallel.Select(r => r.Value.Account.Name));
        Assert.Equal(sequential.Select(r => r.Value.Lead.Id), parallel.Select(r => r.Value.Lead.Id));
        Assert.Equal(sequentialFailure?.GetType(), parallelFailure?.GetType());
        Assert.Equal(sequentialFailure?.Message, parallelFailure?.Message);
    }
}
