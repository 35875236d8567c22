using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Bulk conversion of generated leads: one by one in a single-threaded loop (the baseline) against the streaming
/// API, sequential and parallel. Peak memory is sampled while the leads stream and printed at cleanup, per lead count.
/// </summary>
/// <remarks>The lead counts are 10,000 unless <c>LEADLIFECYCLE_BENCH_FULL=1</c>, which runs 100,000 and 1,000,000, or
/// <c>LEADLIFECYCLE_BENCH_LEADS</c> names them (comma-separated): the CI dry run stays short.</remarks>
[MemoryDiagnoser]
public class ConversionBulkBenchmarks
{
    private const int SampleEvery = 8_192;

    private static long _peakHeap;

    private readonly LeadConverter _converter = new(LeadProcess.SalesforceClassic);
    private readonly ConversionRequest _request = new("Closed - Converted");
    private Lead[] _pool = null!;

    /// <summary>Gets the lead counts to run.</summary>
    public static IEnumerable<int> LeadCounts =>
        Environment.GetEnvironmentVariable("LEADLIFECYCLE_BENCH_LEADS") is { Length: > 0 } counts
            ? counts.Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))
            : Environment.GetEnvironmentVariable("LEADLIFECYCLE_BENCH_FULL") == "1" ? [100_000, 1_000_000] : [10_000];

    /// <summary>Gets or sets the number of leads per operation.</summary>
    [ParamsSource(nameof(LeadCounts))]
    public int LeadCount { get; set; }

    [GlobalSetup]
    public void Setup() => _pool = [.. Enumerable.Range(0, 1_024).Select(BenchmarkLeads.Create)];

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// PeakMemory LeadCount={LeadCount} peak managed heap={_peakHeap / 1024 / 1024} MiB, peak working set={process.PeakWorkingSet64 / 1024 / 1024} MiB");
    }

    /// <summary>The baseline: <c>Convert</c> in a single-threaded loop.</summary>
    /// <returns>The number of converted leads.</returns>
    [Benchmark(Baseline = true, Description = "One by one: Convert in a loop")]
    public int OneByOne()
    {
        var converted = 0;
        var i = 0;
        foreach (var lead in BenchmarkLeads.Stream(_pool, LeadCount))
        {
            converted += _converter.Convert(lead, _request).IsSuccess ? 1 : 0;
            Sample(++i);
        }

        return converted;
    }

    /// <summary>The streaming API, on the calling thread.</summary>
    /// <returns>The number of converted leads.</returns>
    [Benchmark(Description = "ConvertMany (streaming, sequential)")]
    public int Streaming() => Consume(_converter.ConvertMany(BenchmarkLeads.Stream(_pool, LeadCount), _request));

    /// <summary>The parallel streaming API: bounded batches, ordered output.</summary>
    /// <returns>The number of converted leads.</returns>
    [Benchmark(Description = "ConvertManyParallel (streaming, all cores)")]
    public int StreamingParallel() => Consume(_converter.ConvertManyParallel(BenchmarkLeads.Stream(_pool, LeadCount), _ => _request, ParallelOptions));

    /// <summary>The defaults, or a batch size from <c>LEADLIFECYCLE_BENCH_BATCH</c> for tuning runs.</summary>
    private static BulkConversionOptions ParallelOptions { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("LEADLIFECYCLE_BENCH_BATCH"), System.Globalization.CultureInfo.InvariantCulture, out var size)
            ? new BulkConversionOptions { BatchSize = size }
            : new BulkConversionOptions();

    private static int Consume(IEnumerable<FluentResults.Result<LeadConversion>> results)
    {
        var converted = 0;
        var i = 0;
        foreach (var result in results)
        {
            converted += result.IsSuccess ? 1 : 0;
            Sample(++i);
        }

        return converted;
    }

    private static void Sample(int i)
    {
        if (i % SampleEvery == 0)
        {
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (heap > _peakHeap)
            {
                _peakHeap = heap;
            }
        }
    }
}
