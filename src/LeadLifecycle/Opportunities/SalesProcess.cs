using System.Runtime.CompilerServices;
using Stateless.Graph;
using Stateless.Reflection;

namespace LeadLifecycle.Opportunities;

/// <summary>A sales process: a named, ordered selection of opportunity stages, with its default stage.</summary>
/// <remarks>
/// <para>Built once by <see cref="SalesProcessBuilder"/> (or taken from a preset), validated when built, immutable and
/// safe to share between threads. The stages keep the org's order (Salesforce's picklist order), which is what
/// forward-only and no-skipping measure; the default stage is a separate property and does not move.</para>
/// <para>What decides what: the process answers every permitted-move question (<see cref="CanFire"/>,
/// <see cref="GetPermittedStageTransitions"/>, the workflow's <c>CanX</c> checks and verbs) from its stage transition
/// rules (what each verb may do by the stages' flags and order, then the <see cref="Policy"/>, with the required-field
/// guards), evaluated on lookup in a few nanoseconds without allocating, in memory linear in the number of stages; no
/// (stage, trigger, stage) table is stored. Stateless is configured from those same answers, transition by transition
/// with the required-field guards, and draws the diagrams (<see cref="ToMermaidGraph"/>, <see cref="ToDotGraph"/>); it
/// is built on first use, and a test holds its answers to the rules'. Stateless does not answer the checks: a Stateless
/// model of a sales process grows with the square of the number of stages. Neither decides which stage a verb aims at
/// (the next open stage, the only won stage, the reopen stage), the loss-reason rule, the validation of the opportunity
/// record, the field changes (amount, close date, probability, forecast category), or the wording of refusals, which
/// come from the same rules. The checks here work on bare stage names; <see cref="OpportunityWorkflow"/> applies them to
/// <see cref="Opportunity"/> records.</para>
/// </remarks>
public sealed partial class SalesProcess
{
    // No static fields in this part: the presets in the other part are built during static initialization.
    private const int ReferenceScanLimit = 16;
    private readonly OpportunityStage[] _stages;
    private readonly string[] _names;
    private readonly Dictionary<string, int> _indexByName;
    private readonly Dictionary<object, int> _indexByInstance;
    private readonly OpportunityStageGuard[][] _guardsByStage;
    private readonly int[] _nextOpen;
    private readonly int[] _activeOpenBefore;
    private readonly Lazy<StateMachineInfo> _model;

    internal SalesProcess(string name, OpportunityStage[] stages, SalesProcessPolicy policy, OpportunityField[]?[] requiredByStage, int defaultStage)
    {
        Name = name;
        _stages = stages;
        _names = Array.ConvertAll(stages, s => s.Name);
        Policy = policy;
        Stages = Array.AsReadOnly(stages);
        DefaultStage = stages[defaultStage];
        FirstOpenStage = Array.Find(stages, s => s.IsOpen && s.IsActive);
        WonStages = Array.AsReadOnly(stages.Where(s => s.IsWon).ToArray());
        LostStages = Array.AsReadOnly(stages.Where(s => s.IsLost).ToArray());
        _indexByName = new Dictionary<string, int>(stages.Length, StringComparer.Ordinal);
        _indexByInstance = new Dictionary<object, int>(stages.Length, ReferenceEqualityComparer.Instance);
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

        _nextOpen = StageRules.NextOpenStages(stages);
        _activeOpenBefore = StageRules.ActiveOpenBefore(stages);
        _model = new Lazy<StateMachineInfo>(() => CreateStageMachine().GetInfo());
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
    /// <remarks>The diagram has every stage change the process allows, so it grows with the square of the number of
    /// stages.</remarks>
    /// <returns>Mermaid text, with <c>\n</c> line endings.</returns>
    public string ToMermaidGraph() => Normalize(MermaidGraph.Format(_model.Value));

    /// <summary>Renders the process as a Graphviz DOT graph.</summary>
    /// <remarks>The graph has every stage change the process allows, so it grows with the square of the number of
    /// stages.</remarks>
    /// <returns>DOT text, with <c>\n</c> line endings.</returns>
    public string ToDotGraph() => Normalize(UmlDotGraph.Format(_model.Value));

    /// <summary>Returns the process's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal int StageCount => _stages.Length;

    internal OpportunityStage StageAt(int index) => _stages[index];

    internal OpportunityStage[] StageArray => _stages;

    internal OpportunityStageGuard[] GuardsAt(int index) => _guardsByStage[index];

    /// <summary>The index of a stage: by instance first (opportunities made by this process share its strings), then by name.</summary>
    /// <remarks>Opportunities made by a workflow hold this process's own name strings: a scan by reference over the first
    /// stages finds them in a few nanoseconds (a dictionary with a reference comparer costs an interface call per probe),
    /// later stages of a long process by an instance dictionary; other strings (imported records) by name.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(string? stage)
    {
        if (stage is null)
        {
            return -1;
        }

        var names = _names;
        var scan = Math.Min(names.Length, ReferenceScanLimit);
        for (var i = 0; i < scan; i++)
        {
            if (ReferenceEquals(names[i], stage))
            {
                return i;
            }
        }

        return (names.Length > ReferenceScanLimit && _indexByInstance.TryGetValue(stage, out var index)) || _indexByName.TryGetValue(stage, out index) ? index : -1;
    }

    /// <summary>The guards of a stage change (empty when unguarded), or null when the process does not have it.</summary>
    internal OpportunityStageGuard[]? Edge(int from, OpportunityStageTrigger trigger, int to)
    {
        var t = (int)trigger - 1;
        if ((uint)from >= (uint)_stages.Length || (uint)to >= (uint)_stages.Length || (uint)t >= StageRules.TriggerCount)
        {
            return null;
        }

        return RefusalOf(from, trigger, to) == StageRefusal.None ? _guardsByStage[to] : null;
    }

    /// <summary>Why the process has no such stage change (<see cref="StageRefusal.None"/> when it has it); only for known
    /// stages and defined triggers. Constant time, allocation-free.</summary>
    internal StageRefusal RefusalOf(int from, OpportunityStageTrigger trigger, int to) =>
        StageRules.Evaluate(_stages, _nextOpen, _activeOpenBefore, Policy, from, trigger, to);

    /// <summary>What makes a stage change impossible by the stage flags alone, or null when it is possible.</summary>
    internal string? ProblemOf(int from, OpportunityStageTrigger trigger, int to) => StageRules.Problem(_stages, _nextOpen, from, trigger, to);

    /// <summary>The stage Advance leads to from an open stage: the next active open one; -1 when there is none.</summary>
    internal int AdvanceTarget(int from) =>
        (uint)from < (uint)_stages.Length && _stages[from].IsOpen ? _nextOpen[from] : -1;

    /// <summary>A Stateless machine configured with every stage change the process allows, each guarded by the required
    /// fields of its target; quadratic in the number of stages, so only the diagrams (and tests) build it.</summary>
    internal OpportunityStageMachine CreateStageMachine() => new(_stages, Edge);

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

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
