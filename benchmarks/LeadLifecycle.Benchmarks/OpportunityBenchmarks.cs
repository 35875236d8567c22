using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadLifecycle.Opportunities;
using Stateless;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Opportunity stages against their baselines, one category each: the stage-permission check against a hand-written
/// stage table; a stage change against Stateless configured per opportunity and fired; the pipeline summary against
/// a hand-written loop that only adds up amounts, at 100,000 and 1,000,000 opportunities (linear, no per-item
/// allocation). The big data set is built only for the summary benchmarks.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OpportunityBenchmarks
{
    private const string Permission = "Permission check";
    private const string StageChange = "Stage change";
    private const string Summary = "Pipeline summary";
    private const int LargePipeline = 1_000_000;
    private const int SmallPipeline = 100_000;

    private static readonly SalesProcess Process = new SalesProcessBuilder("Benchmark")
        .AddStages(SalesProcess.SalesforceDefault.Stages)
        .RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate)
        .Build();

    private static readonly Dictionary<string, int> HandWrittenIndex = Process.Stages
        .Select((stage, index) => (stage.Name, index))
        .ToDictionary(p => p.Name, p => p.index, StringComparer.Ordinal);

    private static readonly bool[] HandWrittenMoves = BuildHandWrittenMoves();

    private static readonly (string From, string Trigger, string To)[] Edges = [.. Process.Stages
        .SelectMany(from => Process.GetPermittedStageTransitions(from.Name).Select(p => (from.Name, $"{p.Trigger}:{p.ToStage}", p.ToStage)))];

    private readonly OpportunityWorkflow _workflow = new(Process);
    private Opportunity _opportunity = null!;
    private string _from = null!;
    private string _to = null!;
    private Opportunity[] _pipeline = [];

    [GlobalSetup]
    public void Setup()
    {
        _opportunity = _workflow.Create(new Opportunity { Name = "Burlington Textiles", Amount = 235000m, CloseDate = new DateOnly(2026, 9, 30) }).Value;
        _opportunity = _workflow.MoveTo(_opportunity, "Needs Analysis").Value.Opportunity;
        _from = _opportunity.Stage;
        _to = "Proposal/Price Quote";
    }

    [GlobalSetup(Targets = [nameof(HandWrittenTotals), nameof(PipelineSummarySmall), nameof(PipelineSummaryLarge)])]
    public void SetupPipeline()
    {
        Setup();
        _pipeline = new Opportunity[LargePipeline];
        var history = _opportunity.History;
        for (var i = 0; i < _pipeline.Length; i++)
        {
            var stage = Process.Stages[i % Process.Stages.Count];
            _pipeline[i] = new Opportunity
            {
                Id = new LeadLifecycle.OpportunityId("006"),
                Name = "Generated",
                Stage = stage.Name,
                Amount = i % 7 == 0 ? null : (i % 10_000) * 12.5m,
                Probability = stage.Probability,
                ForecastCategory = stage.ForecastCategory,
                IsClosed = stage.IsClosed,
                IsWon = stage.IsWon,
                History = history,
            };
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Permission)]
    public bool HandWrittenStageTable() =>
        HandWrittenIndex.TryGetValue(_from, out var from) && HandWrittenIndex.TryGetValue(_to, out var to)
        && HandWrittenMoves[(from * Process.Stages.Count) + to];

    [Benchmark]
    [BenchmarkCategory(Permission)]
    public bool SalesProcessCanFire() => Process.CanFire(_from, OpportunityStageTrigger.MoveTo, _to);

    [Benchmark]
    [BenchmarkCategory(Permission)]
    public bool WorkflowCanMoveToWithRequiredFields() => _workflow.CanMoveTo(_opportunity, _to);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(StageChange)]
    public Opportunity StatelessConfigureAndFire()
    {
        var opportunity = _opportunity;
        var state = opportunity.Stage;
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        foreach (var (from, trigger, to) in Edges)
        {
            machine.Configure(from).Permit(trigger, to);
        }

        machine.Fire("MoveTo:" + _to);
        var stage = Process.FindStage(state)!;
        return opportunity with { Stage = stage.Name, Probability = stage.Probability, ForecastCategory = stage.ForecastCategory };
    }

    [Benchmark]
    [BenchmarkCategory(StageChange)]
    public Opportunity WorkflowMoveTo() => _workflow.MoveTo(_opportunity, _to).Value.Opportunity;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Summary)]
    public decimal HandWrittenTotals()
    {
        var total = 0m;
        var weighted = 0m;
        foreach (var opportunity in _pipeline)
        {
            var amount = opportunity.Amount ?? 0m;
            total += amount;
            weighted += amount * opportunity.Probability;
        }

        return total + (weighted / 100m);
    }

    [Benchmark]
    [BenchmarkCategory(Summary)]
    public PipelineSummary PipelineSummarySmall() => PipelineSummary.Create(Process, _pipeline.AsSpan(0, SmallPipeline));

    [Benchmark]
    [BenchmarkCategory(Summary)]
    public PipelineSummary PipelineSummaryLarge() => PipelineSummary.Create(Process, _pipeline);

    private static bool[] BuildHandWrittenMoves()
    {
        var n = Process.Stages.Count;
        var moves = new bool[n * n];
        for (var from = 0; from < n; from++)
        {
            for (var to = 0; to < n; to++)
            {
                moves[(from * n) + to] = from != to && Process.Stages[from].IsOpen && Process.Stages[to].IsOpen;
            }
        }

        return moves;
    }
}
