using Stateless.Graph;
using Stateless.Reflection;

namespace LeadLifecycle.Opportunities;

/// <summary>A sales process: a named, ordered selection of opportunity stages with its own default (first) stage.</summary>
/// <remarks>
/// Built once by <see cref="SalesProcessBuilder"/> (or taken from a preset), validated when built, immutable and safe
/// to share between threads. The stage changes its stages and <see cref="Policy"/> allow are modelled in Stateless;
/// the process compiles that model into a lookup table, so checks cost a few nanoseconds and allocate nothing. The
/// checks here work on bare stage names; <see cref="OpportunityWorkflow"/> applies them to <see cref="Opportunity"/>
/// records, required fields included.
/// </remarks>
public sealed partial class SalesProcess
{
    // No static fields in this part: the presets in the other part are built during static initialization.
    private readonly OpportunityStage[] _stages;
    private readonly Dictionary<string, int> _indexByName;
    private readonly Dictionary<object, int> _indexByInstance;
    private readonly OpportunityStageGuard[][] _guardsByStage;
    private readonly OpportunityStageGuard[]?[] _edges;
    private readonly StageRefusal[] _refusals;
    private readonly StateMachineInfo _model;

    /// <summary>A process with free movement and no required fields, from stages already in order.</summary>
    internal SalesProcess(string name, IReadOnlyList<OpportunityStage> stages)
        : this(name, [.. stages], SalesProcessPolicy.FreeMovement, new OpportunityField[stages.Count][])
    {
    }

    internal SalesProcess(string name, OpportunityStage[] stages, SalesProcessPolicy policy, OpportunityField[]?[] requiredByStage)
    {
        Name = name;
        _stages = stages;
        Policy = policy;
        Stages = Array.AsReadOnly(stages);
        DefaultStage = stages[0];
        WonStages = Array.AsReadOnly(stages.Where(s => s.IsWon).ToArray());
        LostStages = Array.AsReadOnly(stages.Where(s => s.IsLost).ToArray());
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        _indexByInstance = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < stages.Length; i++)
        {
            _indexByName.Add(stages[i].Name, i);
            _indexByInstance.Add(stages[i].Name, i);
        }

        _guardsByStage = new OpportunityStageGuard[stages.Length][];
        for (var i = 0; i < stages.Length; i++)
        {
            _guardsByStage[i] = [.. (requiredByStage[i] ?? []).Select(field => new OpportunityStageGuard(field, stages[i].Name))];
        }

        _model = new OpportunityStageMachine(stages, policy, _guardsByStage).GetInfo();
        (_edges, _refusals) = Compile(_model);
    }

    /// <summary>Gets the process's name.</summary>
    public string Name { get; }

    /// <summary>Gets the stages, in order.</summary>
    public IReadOnlyList<OpportunityStage> Stages { get; }

    /// <summary>Gets the stage new opportunities start in: the first.</summary>
    public OpportunityStage DefaultStage { get; }

    /// <summary>Gets the won stages, in order; closing as won needs a stage named when there are several.</summary>
    public IReadOnlyList<OpportunityStage> WonStages { get; }

    /// <summary>Gets the closed stages that are not won, in order.</summary>
    public IReadOnlyList<OpportunityStage> LostStages { get; }

    /// <summary>Gets the rules the process enforces on stage changes.</summary>
    public SalesProcessPolicy Policy { get; }

    /// <summary>Finds a stage by its exact name.</summary>
    /// <param name="name">The stage name.</param>
    /// <returns>The stage, or null when the process has none of that name.</returns>
    public OpportunityStage? FindStage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(name);
        return index < 0 ? null : _stages[index];
    }

    /// <summary>Lists the fields an opportunity must have to enter a stage.</summary>
    /// <param name="stage">The stage name.</param>
    /// <returns>The fields; empty for a stage without requirements or outside the process.</returns>
    public IReadOnlyList<OpportunityField> GetRequiredFields(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var index = IndexOf(stage);
        return index < 0 ? [] : [.. _guardsByStage[index].Select(g => g.Field)];
    }

    /// <summary>Finds the stage that advancing from a stage leads to: the next active open stage.</summary>
    /// <param name="stage">The current stage name.</param>
    /// <returns>The next stage, or null when there is none (the last open stage, a closed or an unknown stage).</returns>
    public OpportunityStage? GetNextStage(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var next = AdvanceTarget(IndexOf(stage));
        return next < 0 ? null : _stages[next];
    }

    /// <summary>Tells whether the process allows a stage change, required fields aside.</summary>
    /// <remarks>Unknown stage names are not permitted, not an exception. Allocates nothing.</remarks>
    /// <param name="fromStage">The current stage.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="toStage">The stage asked for.</param>
    /// <returns>True when the process and its policy allow the change.</returns>
    public bool CanFire(string fromStage, OpportunityStageTrigger trigger, string toStage)
    {
        ArgumentNullException.ThrowIfNull(fromStage);
        ArgumentNullException.ThrowIfNull(toStage);
        return Edge(IndexOf(fromStage), trigger, IndexOf(toStage)) is not null;
    }

    /// <summary>Lists every stage change the process allows from a stage, required fields aside, in stage order.</summary>
    /// <param name="fromStage">The current stage.</param>
    /// <returns>The changes; empty for an unknown stage.</returns>
    public IReadOnlyList<PermittedStageChange> GetPermittedStageChanges(string fromStage)
    {
        ArgumentNullException.ThrowIfNull(fromStage);
        return PermittedFrom(IndexOf(fromStage), opportunity: null);
    }

    /// <summary>Renders the process as a Mermaid state diagram.</summary>
    /// <returns>Mermaid text, with <c>\n</c> line endings.</returns>
    public string ToMermaidGraph() => Normalize(MermaidGraph.Format(_model));

    /// <summary>Renders the process as a Graphviz DOT graph.</summary>
    /// <returns>DOT text, with <c>\n</c> line endings.</returns>
    public string ToDotGraph() => Normalize(UmlDotGraph.Format(_model));

    /// <summary>Returns the process's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal int StageCount => _stages.Length;

    internal OpportunityStage StageAt(int index) => _stages[index];

    internal OpportunityStage[] StageArray => _stages;

    internal OpportunityStageGuard[] GuardsAt(int index) => _guardsByStage[index];

    /// <summary>The index of a stage: by instance first (opportunities made by this process share its strings), then by name.</summary>
    internal int IndexOf(string stage) =>
        _indexByInstance.TryGetValue(stage, out var index) || _indexByName.TryGetValue(stage, out index) ? index : -1;

    /// <summary>The guards of a stage change (empty when unguarded), or null when the process does not have it.</summary>
    internal OpportunityStageGuard[]? Edge(int from, OpportunityStageTrigger trigger, int to)
    {
        var t = (int)trigger - 1;
        if ((uint)from >= (uint)_stages.Length || (uint)to >= (uint)_stages.Length || (uint)t >= StageRules.TriggerCount)
        {
            return null;
        }

        return _edges[(((from * StageRules.TriggerCount) + t) * _stages.Length) + to];
    }

    /// <summary>Why the compiled model has no such stage change; only meaningful for known stages.</summary>
    internal StageRefusal RefusalOf(int from, OpportunityStageTrigger trigger, int to) =>
        _refusals[(((from * StageRules.TriggerCount) + ((int)trigger - 1)) * _stages.Length) + to];

    /// <summary>The stage Advance leads to from an open stage: the next active open one; -1 when there is none.</summary>
    internal int AdvanceTarget(int from) =>
        (uint)from < (uint)_stages.Length && _stages[from].IsOpen ? StageRules.NextOpenStage(_stages, from) : -1;

    internal IReadOnlyList<PermittedStageChange> PermittedFrom(int from, Opportunity? opportunity)
    {
        if (from < 0)
        {
            return [];
        }

        var permitted = new List<PermittedStageChange>();
        foreach (var trigger in Enum.GetValues<OpportunityStageTrigger>())
        {
            for (var to = 0; to < _stages.Length; to++)
            {
                if (Edge(from, trigger, to) is { } guards && (opportunity is null || Array.TrueForAll(guards, g => g.IsMet(opportunity))))
                {
                    permitted.Add(new PermittedStageChange(trigger, _stages[to].Name));
                }
            }
        }

        return permitted;
    }

    /// <summary>Compiles the Stateless model into flat tables indexed by (from, trigger, to): the guards of each
    /// permitted change, and for the others why the rules refuse them.</summary>
    private (OpportunityStageGuard[]?[] Edges, StageRefusal[] Refusals) Compile(StateMachineInfo model)
    {
        var n = _stages.Length;
        var edges = new OpportunityStageGuard[]?[n * StageRules.TriggerCount * n];
        var refusals = new StageRefusal[edges.Length];
        foreach (var state in model.States)
        {
            var from = _indexByName[(string)state.UnderlyingState];
            foreach (var transition in state.FixedTransitions)
            {
                var trigger = (StageTrigger)transition.Trigger.UnderlyingTrigger;
                var to = _indexByName[(string)transition.DestinationState.UnderlyingState];
                edges[(((from * StageRules.TriggerCount) + ((int)trigger.Verb - 1)) * n) + to] = _guardsByStage[to];
            }
        }

        for (var from = 0; from < n; from++)
        {
            foreach (var trigger in Enum.GetValues<OpportunityStageTrigger>())
            {
                for (var to = 0; to < n; to++)
                {
                    var slot = (((from * StageRules.TriggerCount) + ((int)trigger - 1)) * n) + to;
                    refusals[slot] = edges[slot] is null ? StageRules.Evaluate(_stages, Policy, from, trigger, to) : StageRefusal.None;
                }
            }
        }

        return (edges, refusals);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
