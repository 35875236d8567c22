using System.Runtime.CompilerServices;
using Stateless.Graph;
using Stateless.Reflection;

namespace LeadLifecycle.Leads;

/// <summary>A lead process: the statuses a lead moves through while it is qualified, and the allowed transitions.</summary>
/// <remarks>
/// Built once by <see cref="LeadProcessBuilder"/> (or taken from a preset), validated when built, immutable and safe
/// to share between threads. The transitions are modelled in Stateless; the process compiles that model into a
/// lookup table, so checks cost a few nanoseconds and allocate nothing. The checks here work on bare status names,
/// for apps with their own lead entities; <see cref="LeadWorkflow"/> applies them to <see cref="Lead"/> records.
/// </remarks>
public sealed partial class LeadProcess
{
    // A constant, not computed: the presets in the other part of this class are built during static initialization.
    private const int TriggerCount = 5;

    private const int ReferenceScanLimit = 16;

    private readonly LeadStatus[] _statuses;
    private readonly Dictionary<string, int> _indexByName;
    private readonly string[] _names;
    private readonly LeadTransitionGuard[]?[] _edges;
    private readonly IReadOnlyList<TransitionRule> _rules;
    private readonly StateMachineInfo _model;

    internal LeadProcess(string name, LeadStatus[] statuses, LeadStatus? contactedStatus, IReadOnlyList<TransitionRule> rules)
    {
        Name = name;
        _statuses = statuses;
        _rules = rules;
        Statuses = Array.AsReadOnly(statuses);
        DefaultStatus = statuses.Single(s => s.IsDefault);
        ContactedStatus = contactedStatus;
        ConvertedStatuses = Array.AsReadOnly(statuses.Where(s => s.IsConverted).ToArray());
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        _names = new string[statuses.Length];
        for (var i = 0; i < statuses.Length; i++)
        {
            _indexByName.Add(statuses[i].Name, i);
            _names[i] = statuses[i].Name;
        }

        _model = new LeadStatusMachine(DefaultStatus.Name, statuses, rules).GetInfo();
        _edges = Compile(_model);
    }

    /// <summary>Gets the process's name.</summary>
    public string Name { get; }

    /// <summary>Gets the statuses in sort order.</summary>
    public IReadOnlyList<LeadStatus> Statuses { get; }

    /// <summary>Gets the status new leads start in.</summary>
    public LeadStatus DefaultStatus { get; }

    /// <summary>Gets the status that marking a lead contacted moves it to, if the process has one.</summary>
    public LeadStatus? ContactedStatus { get; }

    /// <summary>Gets the converted statuses; lead conversion needs one of them.</summary>
    public IReadOnlyList<LeadStatus> ConvertedStatuses { get; }

    /// <summary>Finds a status by its exact name.</summary>
    /// <param name="name">The status name.</param>
    /// <returns>The status, or null when the process has none of that name.</returns>
    public LeadStatus? FindStatus(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(name);
        return index < 0 ? null : _statuses[index];
    }

    /// <summary>Tells whether the process allows a transition between two statuses, guards aside.</summary>
    /// <remarks>Unknown status names are not permitted, not an exception. Guards need a lead: use
    /// <see cref="LeadWorkflow"/> to evaluate them, or <see cref="GetGuardDescriptions"/> to list them.</remarks>
    /// <param name="fromStatus">The current status.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="toStatus">The status asked for.</param>
    /// <returns>True when the process has this transition.</returns>
    public bool CanFire(string fromStatus, LeadStatusTrigger trigger, string toStatus)
    {
        ArgumentNullException.ThrowIfNull(fromStatus);
        ArgumentNullException.ThrowIfNull(toStatus);
        return Edge(IndexOf(fromStatus), trigger, IndexOf(toStatus)) is not null;
    }

    /// <summary>Lists the descriptions of the guards on a transition.</summary>
    /// <param name="fromStatus">The current status.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="toStatus">The status asked for.</param>
    /// <returns>The descriptions; empty when the transition is unguarded or does not exist.</returns>
    public IReadOnlyList<string> GetGuardDescriptions(string fromStatus, LeadStatusTrigger trigger, string toStatus)
    {
        ArgumentNullException.ThrowIfNull(fromStatus);
        ArgumentNullException.ThrowIfNull(toStatus);
        return Edge(IndexOf(fromStatus), trigger, IndexOf(toStatus)) is { } guards ? [.. guards.Select(g => g.Description)] : [];
    }

    /// <summary>Lists every transition the process allows from a status, guards aside, in status order.</summary>
    /// <param name="fromStatus">The current status.</param>
    /// <returns>The transitions; empty for an unknown status.</returns>
    public IReadOnlyList<PermittedTransition> GetPermittedTransitions(string fromStatus)
    {
        ArgumentNullException.ThrowIfNull(fromStatus);
        return PermittedFrom(IndexOf(fromStatus), lead: null);
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

    internal int StatusCount => _statuses.Length;

    internal IReadOnlyList<TransitionRule> Rules => _rules;

    internal LeadStatus StatusAt(int index) => _statuses[index];

    /// <summary>The index of a status, or -1.</summary>
    /// <remarks>Leads created and changed by a workflow hold this process's own name strings, so a scan by reference
    /// over the first statuses finds them in a few nanoseconds; other strings (imported leads) take the dictionary.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(string status)
    {
        var names = _names;
        var scan = Math.Min(names.Length, ReferenceScanLimit);
        for (var i = 0; i < scan; i++)
        {
            if (ReferenceEquals(names[i], status))
            {
                return i;
            }
        }

        return _indexByName.TryGetValue(status, out var index) ? index : -1;
    }

    /// <summary>The guards of a transition (empty when unguarded), or null when the process does not have it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LeadTransitionGuard[]? Edge(int from, LeadStatusTrigger trigger, int to)
    {
        var t = (int)trigger - 1;
        if ((uint)from >= (uint)_statuses.Length || (uint)to >= (uint)_statuses.Length || (uint)t >= (uint)TriggerCount)
        {
            return null;
        }

        return _edges[(((from * TriggerCount) + t) * _statuses.Length) + to];
    }

    internal IReadOnlyList<PermittedTransition> PermittedFrom(int from, Lead? lead)
    {
        if (from < 0)
        {
            return [];
        }

        var permitted = new List<PermittedTransition>();
        foreach (var trigger in Enum.GetValues<LeadStatusTrigger>())
        {
            for (var to = 0; to < _statuses.Length; to++)
            {
                if (Edge(from, trigger, to) is { } guards && (lead is null || Array.TrueForAll(guards, g => g.IsMet(lead))))
                {
                    permitted.Add(new PermittedTransition(trigger, _statuses[to].Name));
                }
            }
        }

        return permitted;
    }

    /// <summary>Compiles the Stateless model into a flat table indexed by (from, trigger, to).</summary>
    private LeadTransitionGuard[]?[] Compile(StateMachineInfo model)
    {
        var guardsByEdge = _rules.ToDictionary(r => (r.From, r.Trigger, r.To), r => r.Guards);
        var n = _statuses.Length;
        var edges = new LeadTransitionGuard[]?[n * TriggerCount * n];
        foreach (var state in model.States)
        {
            var from = _indexByName[(string)state.UnderlyingState];
            foreach (var transition in state.FixedTransitions)
            {
                var trigger = (StatusTrigger)transition.Trigger.UnderlyingTrigger;
                var to = _indexByName[(string)transition.DestinationState.UnderlyingState];
                var guards = guardsByEdge[(_statuses[from].Name, trigger.Verb, _statuses[to].Name)];
                edges[(((from * TriggerCount) + ((int)trigger.Verb - 1)) * n) + to] = guards;
            }
        }

        return edges;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
