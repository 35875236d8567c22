using System.Runtime.CompilerServices;

namespace LeadLifecycle.Leads;

/// <summary>Why a lead process's policy refuses a transition that its transitions allow.</summary>
[Flags]
internal enum LeadPolicyRefusal : byte
{
    None = 0,

    /// <summary>Forward-only forbids a move to an earlier status.</summary>
    Backward = 1,

    /// <summary>No skipping forbids passing over an active open status.</summary>
    Skip = 2,
}

/// <summary>
/// The transitions of a lead process, stored in memory linear in the number of statuses and explicit transitions.
/// </summary>
/// <remarks>
/// The standard transitions are not stored: they follow from the status flags and are evaluated on lookup, so a
/// 1,000-status process does not hold a million edges. Explicit transitions are kept per (from, trigger) as a sorted
/// target array. The guards of a transition are its explicit guards, then the trigger's guards, then the entry guards
/// of its target; they are evaluated in place, without allocating.
/// </remarks>
internal sealed partial class LeadTransitionTable
{
    public const int TriggerCount = 5;

    private static readonly LeadStatusTrigger[] OpenStatusTriggers = [LeadStatusTrigger.MarkContacted, LeadStatusTrigger.MoveTo, LeadStatusTrigger.Disqualify];

    private static readonly LeadStatusTrigger[] ClosingTriggers = [LeadStatusTrigger.Recycle, LeadStatusTrigger.Convert];

    private readonly LeadStatus[] _statuses;
    private readonly int _contacted;
    private readonly bool _standard;
    private readonly bool _recycle;
    private readonly LeadProcessPolicy _policy;
    private readonly TargetSet?[] _explicit;
    private readonly LeadTransitionGuard[]?[] _entryGuards;
    private readonly LeadTransitionGuard[]?[] _triggerGuards;
    private readonly int[] _activeOpenBefore;
    private readonly (int From, LeadStatusTrigger Trigger, int To)[] _explicitOrder;

    public LeadTransitionTable(
        LeadStatus[] statuses,
        int contacted,
        bool standard,
        bool recycle,
        LeadProcessPolicy policy,
        IEnumerable<(int From, LeadStatusTrigger Trigger, int To, LeadTransitionGuard[] Guards)> explicitRules,
        LeadTransitionGuard[]?[] entryGuards,
        LeadTransitionGuard[]?[] triggerGuards)
    {
        _statuses = statuses;
        _contacted = contacted;
        _standard = standard;
        _recycle = recycle;
        _policy = policy;
        _entryGuards = entryGuards;
        _triggerGuards = triggerGuards;
        _activeOpenBefore = new int[statuses.Length + 1];
        for (var i = 0; i < statuses.Length; i++)
        {
            _activeOpenBefore[i + 1] = _activeOpenBefore[i] + (statuses[i].IsOpen && statuses[i].IsActive ? 1 : 0);
        }

        // Rules for the same edge merge their guards; the first occurrence keeps its place (diagrams keep the order).
        var merged = new Dictionary<(int, LeadStatusTrigger, int), List<LeadTransitionGuard>>();
        var order = new List<(int, LeadStatusTrigger, int)>();
        foreach (var (from, trigger, to, guards) in explicitRules)
        {
            if (!merged.TryGetValue((from, trigger, to), out var list))
            {
                merged.Add((from, trigger, to), list = []);
                order.Add((from, trigger, to));
            }

            list.AddRange(guards);
        }

        _explicitOrder = [.. order];
        _explicit = new TargetSet?[statuses.Length * TriggerCount];
        foreach (var slot in order.GroupBy(e => Slot(e.Item1, e.Item2)))
        {
            var sorted = slot.OrderBy(e => e.Item3).ToArray();
            _explicit[slot.Key] = new TargetSet([.. sorted.Select(e => e.Item3)], [.. sorted.Select(e => merged[e].ToArray())]);
        }
    }

    public LeadProcessPolicy Policy => _policy;

    /// <summary>Whether the process has the transition, policy included; guards aside. Out-of-range input is false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int from, LeadStatusTrigger trigger, int to) =>
        Exists(from, trigger, to) && PolicyRefusal(from, trigger, to) == LeadPolicyRefusal.None;

    /// <summary>Whether the transitions allow the move, before the policy; guards aside. Out-of-range input is false.</summary>
    public bool Exists(int from, LeadStatusTrigger trigger, int to)
    {
        var n = _statuses.Length;
        if ((uint)from >= (uint)n || (uint)to >= (uint)n || (uint)((int)trigger - 1) >= TriggerCount)
        {
            return false;
        }

        return IsStandard(from, trigger, to) || ExplicitGuards(from, trigger, to) is not null;
    }

    /// <summary>What the policy refuses of a move; Disqualify and Convert are exempt.</summary>
    public LeadPolicyRefusal PolicyRefusal(int from, LeadStatusTrigger trigger, int to)
    {
        if (trigger is LeadStatusTrigger.Disqualify or LeadStatusTrigger.Convert)
        {
            return LeadPolicyRefusal.None;
        }

        var refusal = LeadPolicyRefusal.None;
        if (_policy.ForwardOnly && to < from)
        {
            refusal |= LeadPolicyRefusal.Backward;
        }

        if (_policy.NoSkipping && to > from + 1 && _activeOpenBefore[to] - _activeOpenBefore[from + 1] > 0)
        {
            refusal |= LeadPolicyRefusal.Skip;
        }

        return refusal;
    }

    /// <summary>The active open statuses a forward move passes over, in order.</summary>
    public string[] SkippedStatuses(int from, int to) =>
        [.. Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Where(i => _statuses[i].IsOpen && _statuses[i].IsActive).Select(i => _statuses[i].Name)];

    /// <summary>Whether a lead meets every guard of an existing transition; allocation-free.</summary>
    public bool GuardsMet(Lead lead, int from, LeadStatusTrigger trigger, int to) =>
        AllMet(ExplicitGuards(from, trigger, to), lead)
        && AllMet(_triggerGuards[(int)trigger - 1], lead)
        && AllMet(_entryGuards[to], lead);

    /// <summary>The entry guards of a status.</summary>
    public LeadTransitionGuard[] EntryGuards(int status) => _entryGuards[status] ?? [];

    /// <summary>Every guard of an existing transition: explicit, trigger, then entry guards.</summary>
    public IEnumerable<LeadTransitionGuard> Guards(int from, LeadStatusTrigger trigger, int to) =>
        (ExplicitGuards(from, trigger, to) ?? []).Concat(_triggerGuards[(int)trigger - 1] ?? []).Concat(_entryGuards[to] ?? []);

    /// <summary>Every transition the process has, policy applied, in definition order: the standard transitions
    /// first, then the explicit ones that are not standard. Quadratic for standard transitions: only diagrams and the
    /// Stateless model enumerate it.</summary>
    public IEnumerable<(int From, LeadStatusTrigger Trigger, int To)> All()
    {
        foreach (var edge in StandardInOrder())
        {
            if (PolicyRefusal(edge.From, edge.Trigger, edge.To) == LeadPolicyRefusal.None)
            {
                yield return edge;
            }
        }

        foreach (var edge in _explicitOrder)
        {
            if (!IsStandard(edge.From, edge.Trigger, edge.To) && PolicyRefusal(edge.From, edge.Trigger, edge.To) == LeadPolicyRefusal.None)
            {
                yield return edge;
            }
        }
    }

    /// <summary>The targets of a (from, trigger) pair that exist, before the policy, in status order.</summary>
    public IEnumerable<int> Targets(int from, LeadStatusTrigger trigger)
    {
        for (var to = 0; to < _statuses.Length; to++)
        {
            if (Exists(from, trigger, to))
            {
                yield return to;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(int from, LeadStatusTrigger trigger) => (from * TriggerCount) + (int)trigger - 1;

    private static bool AllMet(LeadTransitionGuard[]? guards, Lead lead)
    {
        if (guards is null)
        {
            return true;
        }

        foreach (var guard in guards)
        {
            if (!guard.IsMet(lead))
            {
                return false;
            }
        }

        return true;
    }

    private LeadTransitionGuard[]? ExplicitGuards(int from, LeadStatusTrigger trigger, int to)
    {
        if (_explicit[Slot(from, trigger)] is not { } set)
        {
            return null;
        }

        var index = Array.BinarySearch(set.Targets, to);
        return index < 0 ? null : set.Guards[index];
    }

    /// <summary>The standard transitions, worked out from the status flags (see
    /// <see cref="LeadProcessBuilder.PermitStandardTransitions"/>).</summary>
    private bool IsStandard(int from, LeadStatusTrigger trigger, int to)
    {
        if (!_standard)
        {
            return false;
        }

        var source = _statuses[from];
        var target = _statuses[to];
        return target.IsActive && trigger switch
        {
            LeadStatusTrigger.MarkContacted => source.IsOpen && to == _contacted && from != to,
            LeadStatusTrigger.MoveTo => source.IsOpen && target.IsOpen && from != to,
            LeadStatusTrigger.Disqualify => source.IsOpen && target.IsDisqualified,
            LeadStatusTrigger.Recycle => _recycle && source.IsDisqualified && target.IsOpen,
            LeadStatusTrigger.Convert => target.IsConverted,
            _ => false,
        };
    }

    /// <summary>The standard transitions in the order they were always configured: per open status mark contacted,
    /// moves and disqualify; then recycling; then conversion.</summary>
    private IEnumerable<(int From, LeadStatusTrigger Trigger, int To)> StandardInOrder()
    {
        if (!_standard)
        {
            yield break;
        }

        var n = _statuses.Length;
        for (var from = 0; from < n; from++)
        {
            foreach (var trigger in OpenStatusTriggers)
            {
                for (var to = 0; to < n; to++)
                {
                    if (IsStandard(from, trigger, to))
                    {
                        yield return (from, trigger, to);
                    }
                }
            }
        }

        foreach (var trigger in ClosingTriggers)
        {
            for (var from = 0; from < n; from++)
            {
                for (var to = 0; to < n; to++)
                {
                    if (IsStandard(from, trigger, to))
                    {
                        yield return (from, trigger, to);
                    }
                }
            }
        }
    }

    private sealed record TargetSet(int[] Targets, LeadTransitionGuard[][] Guards);
}
