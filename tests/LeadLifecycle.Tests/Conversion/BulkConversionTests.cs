using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class BulkConversionTests
{
    private static IEnumerable<Lead> Leads(int count, Action<int>? onRead = null)
    {
        var template = FullLead();
        for (var i = 0; i < count; i++)
        {
            onRead?.Invoke(i);
            yield return template with { Id = new LeadId($"00Q{i:D9}"), Company = $"Company {i}", IsConverted = i % 7 == 3 };
        }
    }

    [Fact]
    public void ConvertMany_GivesOneResultPerLeadInInputOrder()
    {
        var results = Converter().ConvertMany(Leads(50), Request()).ToArray();

        Assert.Equal(50, results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            if (i % 7 == 3)
            {
                Assert.Equal(new LeadId($"00Q{i:D9}"), Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(results[i].Errors)).LeadId);
            }
            else
            {
                Assert.Equal($"Company {i}", results[i].Value.Account.Name);
            }
        }
    }

    [Fact]
    public void ConvertMany_AFailedLead_DoesNotAffectTheOthers()
    {
        var leads = Leads(3).ToArray();
        leads[1] = leads[1] with { Status = "Unknown status" };

        var results = Converter().ConvertMany(leads, Request()).ToArray();

        Assert.True(results[0].IsSuccess);
        Assert.Equal(ErrorCodes.UnknownLeadStatus, LeadConverterTests.Code(results[1].Errors));
        Assert.True(results[2].IsSuccess);
        Assert.Equal("001000004", results[2].Value.Account.Id.Value);
    }

    [Fact]
    public void ConvertMany_HasNoCapAndStreamsLazily()
    {
        var read = 0;
        var results = Converter().ConvertMany(Leads(1_000_000, _ => read++), Request());

        Assert.Equal(0, read);
        Assert.Equal(250, results.Take(250).Count());
        Assert.Equal(250, read);
        Assert.Equal(1_000, Converter().ConvertMany(Leads(1_000), Request()).Count());
    }

    [Fact]
    public void ConvertManyParallel_GivesResultsInInputOrder()
    {
        var results = Converter().ConvertManyParallel(Leads(5_000), _ => Request(), new BulkConversionOptions { MaxDegreeOfParallelism = 4, BatchSize = 64 }).ToArray();

        Assert.Equal(5_000, results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(new LeadId($"00Q{i:D9}"), results[i].IsSuccess ? results[i].Value.Lead.Id : ((LeadAlreadyConvertedError)results[i].Errors[0]).LeadId);
        }
    }

    [Fact]
    public void ConvertManyParallel_ReadsAheadOnlyABoundedNumberOfLeads()
    {
        var read = 0;
        var options = new BulkConversionOptions { MaxDegreeOfParallelism = 2, BatchSize = 100 };

        using var enumerator = Converter().ConvertManyParallel(Leads(1_000_000, _ => Interlocked.Increment(ref read)), _ => Request(), options).GetEnumerator();
        Assert.True(enumerator.MoveNext());

        // Two workers, at most twice as many batches of 100 in flight.
        Assert.InRange(Volatile.Read(ref read), 1, 400);
    }

    [Fact]
    public void ConvertManyParallel_WithOneDegree_ConvertsOnTheCallingThread()
    {
        var results = Converter().ConvertManyParallel(Leads(10), _ => Request(), new BulkConversionOptions { MaxDegreeOfParallelism = 1 }).ToArray();

        Assert.Equal("001000001", results[0].Value.Account.Id.Value);
        Assert.Equal(10, results.Length);
    }

    [Fact]
    public void ConvertManyParallel_WithSharedRequest_ConvertsEveryLead()
    {
        Assert.Equal(43, Converter().ConvertManyParallel(Leads(50), Request()).Count(r => r.IsSuccess));
    }

    [Fact]
    public void ConvertMany_WithNullArguments_Throws()
    {
        var converter = Converter();

        Assert.Throws<ArgumentNullException>(() => converter.ConvertMany(null!, Request()));
        Assert.Throws<ArgumentNullException>(() => converter.ConvertManyParallel(Leads(1), null!, new BulkConversionOptions()));
        Assert.Throws<ArgumentOutOfRangeException>(() => converter.ConvertManyParallel(Leads(1), _ => Request(), new BulkConversionOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentNullException>(() => converter.ConvertMany(new Lead[] { null! }, Request()).ToList());
    }
}
