using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LeadLifecycle.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter * --job short</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks; exits non-zero when any benchmark failed, which BenchmarkSwitcher does not.</summary>
    /// <param name="args">BenchmarkDotNet's command line.</param>
    /// <returns>0 when every benchmark ran, 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        var failed = summaries.Where(HasFailures).Select(s => s.Title).ToArray();
        foreach (var title in failed)
        {
            Console.Error.WriteLine($"Benchmark failures in {title}");
        }

        return failed.Length == 0 ? 0 : 1;
    }

    private static bool HasFailures(Summary summary) =>
        summary.HasCriticalValidationErrors
        || summary.Reports.Any(r => !r.Success || r.ExecuteResults.Any(e => e.ExitCode != 0));
}
