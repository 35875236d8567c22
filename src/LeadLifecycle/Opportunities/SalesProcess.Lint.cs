using LeadLifecycle.Errors;
using LeadLifecycle.Linting;

namespace LeadLifecycle.Opportunities;

/// <content>Process lint: what a sales process's definition makes impossible, found without running an opportunity.</content>
public sealed partial class SalesProcess
{
    /// <summary>Checks the process for stages no opportunity can reach, open stages with no way out, won stages that
    /// cannot be reached, required-field rules on stages that cannot be reached, and forecast categories that contradict
    /// the stages' flags.</summary>
    /// <remarks>
    /// <para>Lint walks the stage changes the process permits, required fields aside, policy included, exactly as
    /// <see cref="CanFire"/> answers them, from where opportunities start: <see cref="DefaultStage"/> (creation) and
    /// <see cref="FirstOpenStage"/> (lead conversion). Inactive stages are never entered and are not reported as
    /// unreachable. Findings, in this order: per unreachable active stage
    /// <see cref="UnreachableOutcomeFinding"/> (a won stage) or <see cref="UnreachableValueFinding"/>;
    /// <see cref="UnreachableRequiredFieldsFinding"/> (a stage where a <see cref="SalesProcessBuilder.RequireFields"/>
    /// rule starts, inactive or unreachable); <see cref="NoWayOutFinding"/>;
    /// <see cref="ForecastCategoryMismatchFinding"/>. Required fields are entry guards of their stages, so no stage
    /// change bypasses them. A process without a won stage is valid (an inquiry process that hands over to another)
    /// and is not reported.</para>
    /// <para>Cost: linear in the number of stages (a breadth-first walk over ranges of stages).</para>
    /// </remarks>
    /// <returns>The report; <see cref="ProcessLintReport.IsClean"/> when nothing was found.</returns>
    public ProcessLintReport Lint()
    {
        var graph = new StageLintGraph(this);
        var starts = FirstOpenStage is { } first ? new[] { IndexOf(DefaultStage.Name), IndexOf(first.Name) } : [IndexOf(DefaultStage.Name)];
        var reach = LintWalker.Forward(graph, starts);
        var findings = new List<ProcessLintFinding>();
        for (var i = 0; i < _stages.Length; i++)
        {
            var stage = _stages[i];
            if (stage.IsActive && !reach.Reached[i])
            {
                findings.Add(stage.IsWon
                    ? new UnreachableOutcomeFinding(stage.Name, DefinitionValueKind.Stage, DefaultStage.Name)
                    : new UnreachableValueFinding(stage.Name, DefinitionValueKind.Stage, DefaultStage.Name));
            }
        }

        AddUnreachableRequirements(reach, findings);
        var canClose = LintWalker.Backward(graph, Enumerable.Range(0, _stages.Length).Where(i => _stages[i] is { IsClosed: true, IsActive: true }));
        for (var i = 0; i < _stages.Length; i++)
        {
            if (reach.Reached[i] && _stages[i].IsOpen && !canClose[i])
            {
                findings.Add(new NoWayOutFinding(_stages[i].Name, DefinitionValueKind.Stage, reach.PathTo(graph, i)));
            }
        }

        foreach (var stage in _stages)
        {
            if (stage.IsWon != (stage.ForecastCategory == ForecastCategory.Closed))
            {
                findings.Add(new ForecastCategoryMismatchFinding(stage));
            }
        }

        return new ProcessLintReport(Name, findings);
    }

    /// <summary>The stages where a required-field rule starts (they require fields the stage before them, lost stages
    /// aside, does not) that cannot be entered: inactive, or not reached.</summary>
    private void AddUnreachableRequirements(LintReach reach, List<ProcessLintFinding> findings)
    {
        OpportunityStageGuard[] before = [];
        for (var i = 0; i < _stages.Length; i++)
        {
            if (_stages[i].IsLost)
            {
                continue;
            }

            var guards = _guardsByStage[i];
            OpportunityField[] added = [.. guards.Select(g => g.Field).Where(f => !Array.Exists(before, g => g.Field == f))];
            if (added.Length > 0 && !reach.Reached[i])
            {
                findings.Add(new UnreachableRequiredFieldsFinding(_stages[i].Name, added, _stages[i].IsActive, DefaultStage.Name));
            }

            before = guards;
        }
    }

    /// <summary>The stage changes of this process as a lint graph; every move is confirmed by <see cref="Edge"/>.</summary>
    private sealed class StageLintGraph : LintGraph
    {
        private static readonly string[] TriggerNames = ["None", .. Enum.GetValues<OpportunityStageTrigger>().Select(t => t.ToString())];

        private readonly SalesProcess _process;
        private readonly int[] _classes;
        private readonly int[] _previousOpen;

        public StageLintGraph(SalesProcess process)
        {
            _process = process;
            var n = process._stages.Length;
            _classes = new int[n];
            _previousOpen = new int[n];
            for (int i = 0, previous = -1; i < n; i++)
            {
                _classes[i] = StageRules.LintClass(process._stages[i]);
                _previousOpen[i] = previous;
                previous = _classes[i] == StageRules.OpenClass ? i : previous;
            }
        }

        public override int Count => _classes.Length;

        public override int ClassOf(int node) => _classes[node];

        public override string NameOf(int node) => _process._stages[node].Name;

        public override string TriggerName(int trigger) => TriggerNames[trigger];

        public override bool Has(int from, int trigger, int to) => _process.Edge(from, (OpportunityStageTrigger)trigger, to) is not null;

        public override void Targets(int from, List<LintRange> ranges, List<(int Trigger, int Node)> moves) =>
            StageRules.LintTargets(_process._stages, _process._nextOpen, _process.Policy, from, ranges);

        public override void Sources(int to, List<LintRange> ranges, List<(int Trigger, int Node)> moves) =>
            StageRules.LintSources(_process._stages, _previousOpen, _process.Policy, to, ranges);
    }
}
