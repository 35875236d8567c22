using Stateless.Graph;
using Stateless.Reflection;

namespace LeadLifecycle.Opportunities;

/// <summary>A sales process: a named, ordered selection of opportunity stages, with its default stage.</summary>
/// <remarks>
/// <para>Built once by <see cref="SalesProcessBuilder"/> (or taken from a preset), validated when built, immutable and
/// safe to share between threads. The stages keep the org's order (Salesforce's picklist order), which is what
/// forward-only and no-skipping measure; the default stage is a separate property and does not move.</para>
/// <para>What Stateless decides: the stage transitions (from stage, trigger, to stage) that the stages' flags and the
/// <see cref="Policy"/> allow, with the required-field guards, are configured once in a Stateless state machine, and
/// every permitted-move answer (<see cref="CanFire"/>, <see cref="GetPermittedStageTransitions"/>, the workflow's
/// <c>CanX</c> checks and verbs, the diagrams) is compiled from that model into a lookup table, so checks cost a few
/// nanoseconds and allocate nothing. What Stateless does not decide: which stage a verb aims at (the next open stage,
/// the only won stage, the reopen stage), the loss-reason rule, the validation of the opportunity record, the field
/// changes (amount, close date, probability, forecast category), and the wording of refusals, which come from the
/// same rules the model was configured from. The checks here work on bare stage names;
/// <see cref="OpportunityWorkflow"/> applies them to <see cref="Opportunity"/> records.</para>
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

    internal SalesProcess(string name, OpportunityStage[] stages, SalesProcessPolicy policy, OpportunityField[]?[] requiredByStage, int defaultStage)
    {
        Name = name;
        _stages = stages;
        Policy = policy;
        Stages = Array.AsReadOnly(stages);
        DefaultStage = stages[defaultStage];
        FirstOpenStage = Array.Find(stages, s => s.IsOpen && s.IsActive);
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

    /// <summary>Gets the stages, in the org's order (Salesforce's picklist order).</summary>
    public IReadOnlyList<OpportunityStage> Stages { get; }

    /// <summary>Gets the default stage: where <see cref="OpportunityWorkflow.Create"/> starts an opportunity that names
    /// no stage.</summary>
    /// <remarks>The process's own default (Salesforce's business-process or picklist default, or
    /// <see cref="SalesProcessBuilder.WithDefaultStage"/>), else <see cref="FirstOpenStage"/>. It is open and active,
    /// except in a process of closed stages only, where it is a closed stage and creating without a stage is refused.
    /// It keeps its place in <see cref="Stages"/>.</remarks>
    public OpportunityStage DefaultStage { get; }

    /// <summary>Gets the first active open stage in the process's order: where a lead conversion's new opportunity
    /// starts, as Salesforce starts it in the first value of the Stage picklist (Salesforce KB 000384436), whatever the
    /// default; null for a process of closed stages only.</summary>
    public OpportunityStage? FirstOpenStage { get; }

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

    /// <summary>Tells whether the process allows a stage transition, required fields aside.</summary>
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
    public IReadOnlyList<PermittedStageTransition> GetPermittedStageTransitions(string fromStage)
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
    internal int IndexOf(string? stage) =>
        stage is not null && (_indexByInstance.TryGetValue(stage, out var index) || _indexByName.TryGetValue(stage, out index)) ? index : -1;

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

    internal IReadOnlyList<PermittedStageTransition> PermittedFrom(int from, Opportunity? opportunity)
    {
        if (from < 0)
        {
            return [];
        }

        var permitted = new List<PermittedStageTransition>();
        foreach (var trigger in Enum.GetValues<OpportunityStageTrigger>())
        {
            for (var to = 0; to < _stages.Length; to++)
            {
                if (Edge(from, trigger, to) is { } guards && (opportunity is null || Array.TrueForAll(guards, g => g.IsMet(opportunity))))
                {
                    permitted.Add(new PermittedStageTransition(trigger, _stages[to].Name));
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
