using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadLifecycle.Leads;
using LeadLifecycle.Linting;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Process lint against building the same process (the baseline of each category): generated lead processes and sales
/// processes of 100 and 1,000 values (Salesforce's picklist maximum) with the standard transitions. Target (issue 12):
/// lint takes no longer than building (ratio at most 1.0).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ProcessLintBenchmarks
{
    private LeadProcess _leadProcess = null!;
    private LeadProcess _guardedLeadProcess = null!;
    private SalesProcess _salesProcess = null!;
    private SalesProcess _strictSalesProcess = null!;

    /// <summary>Gets or sets the number of statuses (stages) of the generated processes.</summary>
    [Params(100, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _leadProcess = BuildLeadProcess();
        _guardedLeadProcess = LeadBuilder(Count)
            .Permit(LeadStatusTrigger.Convert, "Working 1", "Converted", new LeadTransitionGuard("lead has an email address", l => l.Email is not null))
            .Build();
        _salesProcess = BuildSalesProcess();
        _strictSalesProcess = SalesBuilder(Count).WithPolicy(new SalesProcessPolicy { ForwardOnly = true, NoSkipping = true, LockClosed = true }).Build();
    }

    [Benchmark(Baseline = true, Description = "Lead: build the process (standard transitions)")]
    [BenchmarkCategory("Lead")]
    public LeadProcess BuildLeadProcess() => LeadBuilder(Count).Build();

    [Benchmark(Description = "Lead: LeadProcess.Lint()")]
    [BenchmarkCategory("Lead")]
    public ProcessLintReport LintLeadProcess() => _leadProcess.Lint();

    [Benchmark(Description = "Lead: Lint(), one guarded conversion (every other way in reported with its path)")]
    [BenchmarkCategory("Lead")]
    public ProcessLintReport LintGuardedLeadProcess() => _guardedLeadProcess.Lint();

    [Benchmark(Baseline = true, Description = "Sales: build the process")]
    [BenchmarkCategory("Sales")]
    public SalesProcess BuildSalesProcess() => SalesBuilder(Count).Build();

    [Benchmark(Description = "Sales: SalesProcess.Lint()")]
    [BenchmarkCategory("Sales")]
    public ProcessLintReport LintSalesProcess() => _salesProcess.Lint();

    [Benchmark(Description = "Sales: Lint(), forward-only, no skipping, locked closed")]
    [BenchmarkCategory("Sales")]
    public ProcessLintReport LintStrictSalesProcess() => _strictSalesProcess.Lint();

    /// <summary>Open statuses (the first the default), a converted and two disqualified statuses, standard transitions.</summary>
    private static LeadProcessBuilder LeadBuilder(int count)
    {
        var builder = new LeadProcessBuilder("Generated").AddOpenStatus("New", isDefault: true);
        for (var i = 1; i < count - 3; i++)
        {
            builder.AddOpenStatus("Working " + i);
        }

        return builder.AddConvertedStatus("Converted").AddDisqualifiedStatus("Lost").AddDisqualifiedStatus("Junk").PermitStandardTransitions();
    }

    /// <summary>Open stages with rising probabilities, amount required from the middle on, a won and a lost stage.</summary>
    private static SalesProcessBuilder SalesBuilder(int count)
    {
        var builder = new SalesProcessBuilder("Generated");
        for (var i = 0; i < count - 2; i++)
        {
            builder.AddOpenStage("Stage " + i, i * 99 / count);
        }

        return builder.AddWonStage("Closed Won").AddLostStage("Closed Lost").RequireFields("Stage " + (count / 2), OpportunityField.Amount);
    }
}
