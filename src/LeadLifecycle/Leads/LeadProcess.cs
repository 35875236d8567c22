using System.Runtime.CompilerServices;
using Stateless.Graph;
using Stateless.Reflection;

namespace LeadLifecycle.Leads;

/// <summary>A lead process: the statuses a lead moves through while it is qualified, and the allowed transitions.</summary>
/// <remarks>
/// <para>Built once by <see cref="LeadProcessBuilder"/> (or taken from a preset), validated when built, immutable and
/// safe to share between threads. The checks here work on bare status names, for apps with their own lead entities;
/// <see cref="LeadWorkflow"/> applies them to <see cref="Lead"/> records.</para>
/// <para>What decides what: the process's transition table (the standard transitions worked out from the status
/// flags, the explicit <see cref="LeadProcessBuilder.Permit"/> calls, the entry and trigger guards and the
/// <see cref="Policy"/>) answers every check in a few nanoseconds without allocating, in memory linear in the number
/// of statuses and explicit transitions. Stateless is configured from that same table, transition by transition with
/// every guard, and draws the diagrams (<see cref="ToMermaidGraph"/>, <see cref="ToDotGraph"/>); it is built on first
/// use, and a test holds its answers to the table's. Stateless does not answer the checks: a Stateless model of the
/// standard transitions grows with the square of the number of statuses.</para>
/// </remarks>
public sealed partial class LeadProcess
{
    private const int ReferenceScanLimit = 16;

    private readonly LeadStatus[] _statuses;
    private readonly Dictionary<string, int> _indexByName;
    private readonly string[] _names;
    private readonly LeadTransitionTable _table;
    private readonly Lazy<StateMachineInfo> _model;

    internal LeadProcess(string name, LeadStatus[] statuses, LeadStatus? contactedStatus, LeadProcessDefinition definition)
    {
        Name = name;
        _statuses = statuses;
        Definition = definition;
        Statuses = Array.AsReadOnly(statuses);
        DefaultStatus = statuses.Single(s => s.IsDefault);
        ContactedStatus = contactedStatus;
        ConvertedStatuses = Array.AsReadOnly(statuses.Where(s => s.IsConverted).ToArray());
        _indexByName = new Dictionary<string, int>(statuses.Length, StringComparer.Ordinal);
        _names = new string[statuses.Length];
        for (var i = 0; i < statuses.Length; i++)
        {
            _indexByName.Add(statuses[i].Name, i);
            _names[i] = statuses[i].Name;
        }

        var entryGuards = new LeadTransitionGuard[]?[statuses.Length];
        foreach (var (status, guards) in definition.EntryGuards)
        {
            entryGuards[_indexByName[status]] = guards;
        }

        _table = new LeadTransitionTable(
            statuses,
            contactedStatus is null ? -1 : _indexByName[contactedStatus.Name],
            definition.StandardTransitions,
            definition.StandardRecycle,
            definition.Policy,
            definition.ExplicitRules.Select(r => (_indexByName[r.From], r.Trigger, _indexByName[r.To], r.Guards)),
            entryGuards,
            definition.TriggerGuards);
        _model = new Lazy<StateMachineInfo>(() => CreateStatusMachine(DefaultStatus.Name).GetInfo());
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

    /// <summary>Gets the policy the process enforces on status changes (forward-only, no skipping).</summary>
    public LeadProcessPolicy Policy => Definition.Policy;

    internal LeadProcessDefinition Definition { get; }

    internal LeadTransitionTable Table => _table;

    internal int StatusCount => _statuses.Length;

    /// <summary>Finds a status by its exact name.</summary>
    /// <param name="name">The status name.</param>
    /// <returns>The status, or null when the process has none of that name.</returns>
    public LeadStatus? FindStatus(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(name);
        return index < 0 ? null : _statuses[index];
    }

    /// <summary>Tells whether the process allows a transition between two statuses, guards aside, policy included.</summary>
    /// <remarks>Unknown status names and triggers are not permitted, not an exception. Guards need a lead: use
    /// <see cref="LeadWorkflow"/> to evaluate them, or <see cref="GetGuardDescriptions"/> to list them.</remarks>
    /// <param name="fromStatus">The current status.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="toStatus">The status asked for.</param>
    /// <returns>True when the process has this transition.</returns>
    public bool CanFire(string fromStatus, LeadStatusTrigger trigger, string toStatus)
    {
        ArgumentNullException.ThrowIfNull(fromStatus);
        ArgumentNullException.ThrowIfNull(toStatus);
        return _table.Has(IndexOf(fromStatus), trigger, IndexOf(toStatus));
    }

    /// <summary>Lists the descriptions of the guards on a transition: its own, its trigger's and its target's entry guards.</summary>
    /// <param name="fromStatus">The current status.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="toStatus">The status asked for.</param>
    /// <returns>The descriptions; empty when the transition is unguarded or does not exist.</returns>
    public IReadOnlyList<string> GetGuardDescriptions(string fromStatus, LeadStatusTrigger trigger, string toStatus)
    {
        ArgumentNullException.ThrowIfNull(fromStatus);
        ArgumentNullException.ThrowIfNull(toStatus);
        var (from, to) = (IndexOf(fromStatus), IndexOf(toStatus));
        return _table.Has(from, trigger, to) ? [.. _table.Guards(from, trigger, to).Select(g => g.Description)] : [];
    }

    /// <summary>Lists every transition the process allows from a status, guards aside, in status order per trigger.</summary>
    /// <param name="fromStatus">The current status.</param>
    /// <returns>The transitions; empty for an unknown status.</returns>
    public IReadOnlyList<PermittedLeadTransition> GetPermittedTransitions(string fromStatus)
    {
        ArgumentNullException.ThrowIfNull(fromStatus);
        return PermittedFrom(IndexOf(fromStatus), lead: null);
    }

    /// <summary>Renders the process as a Mermaid state diagram.</summary>
    /// <remarks>The diagram has every transition, so it grows with the square of the number of statuses when the
    /// standard transitions are permitted.</remarks>
    /// <returns>Mermaid text, with <c>\n</c> line endings.</returns>
    public string ToMermaidGraph() => Normalize(MermaidGraph.Format(_model.Value));

    /// <summary>Renders the process as a Graphviz DOT graph.</summary>
    /// <remarks>The graph has every transition, so it grows with the square of the number of statuses when the
    /// standard transitions are permitted.</remarks>
    /// <returns>DOT text, with <c>\n</c> line endings.</returns>
    public string ToDotGraph() => Normalize(UmlDotGraph.Format(_model.Value));

    /// <summary>Returns the process's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal LeadStatus StatusAt(int index) => _statuses[index];

    /// <summary>The index of a status, or -1.</summary>
    /// <remarks>Leads created and changed by a workflow hold this process's own name strings, so a scan by reference
    /// over the first statuses finds them in a few nanoseconds; other strings (imported leads) take the dictionary.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(string? status)
    {
        if (status is null)
        {
            return -1;
        }

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

    /// <summary>A Stateless machine configured with every transition of the table and all its guards.</summary>
    internal LeadStatusMachine CreateStatusMachine(string initialStatus) =>
        new(initialStatus, _statuses, _table.All().Select(e =>
            new TransitionRule(e.Trigger, _names[e.From], _names[e.To], [.. _table.Guards(e.From, e.Trigger, e.To)])));

    internal IReadOnlyList<PermittedLeadTransition> PermittedFrom(int from, Lead? lead)
    {
        if (from < 0)
        {
            return [];
        }

        var permitted = new List<PermittedLeadTransition>();
        foreach (var trigger in Enum.GetValues<LeadStatusTrigger>())
        {
            foreach (var to in _table.Targets(from, trigger))
            {
                if (_table.PolicyRefusal(from, trigger, to) == LeadPolicyRefusal.None && (lead is null || _table.GuardsMet(lead, from, trigger, to)))
                {
                    permitted.Add(new PermittedLeadTransition(trigger, _names[to]));
                }
            }
        }

        return permitted;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
