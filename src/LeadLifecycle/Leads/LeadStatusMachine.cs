using Stateless;
using Stateless.Reflection;

namespace LeadLifecycle.Leads;

/// <summary>A trigger of the Stateless model: a verb aimed at one status, shown in diagrams by the verb alone.</summary>
internal readonly record struct StatusTrigger(LeadStatusTrigger Verb, string To)
{
    public override string ToString() => Verb.ToString();
}

/// <summary>
/// The lead status machine in Stateless: the one configuration of every transition a lead process allows, with its
/// guards. <see cref="LeadProcess"/> compiles its fast lookup table and draws its diagrams from this model.
/// </summary>
internal sealed class LeadStatusMachine
{
    private readonly Dictionary<StatusTrigger, StateMachine<string, StatusTrigger>.TriggerWithParameters<Lead>> _triggers = [];

    public LeadStatusMachine(string initialStatus, IReadOnlyList<LeadStatus> statuses, IEnumerable<TransitionRule> rules)
    {
        Machine = new StateMachine<string, StatusTrigger>(initialStatus);
        foreach (var status in statuses)
        {
            Machine.Configure(status.Name);
        }

        foreach (var rule in rules)
        {
            var trigger = TriggerFor(new StatusTrigger(rule.Trigger, rule.To));
            var guards = rule.Guards.Select(g => Tuple.Create<Func<Lead, bool>, string>(g.IsMet, g.Description)).ToArray();
            var state = Machine.Configure(rule.From);
            if (string.Equals(rule.From, rule.To, StringComparison.Ordinal))
            {
                state.PermitReentryIf(trigger, guards);
            }
            else
            {
                state.PermitIf(trigger, rule.To, guards);
            }
        }
    }

    public StateMachine<string, StatusTrigger> Machine { get; }

    public StateMachineInfo GetInfo() => Machine.GetInfo();

    /// <summary>Asks Stateless itself whether a lead in the machine's current state may take a transition.</summary>
    public bool CanFire(LeadStatusTrigger verb, string to, Lead lead, out ICollection<string> unmetGuards)
    {
        if (!_triggers.TryGetValue(new StatusTrigger(verb, to), out var trigger))
        {
            unmetGuards = [];
            return false;
        }

        var permitted = Machine.CanFire(trigger, lead, out var unmet);
        unmetGuards = unmet ?? [];
        return permitted;
    }

    private StateMachine<string, StatusTrigger>.TriggerWithParameters<Lead> TriggerFor(StatusTrigger key)
    {
        if (!_triggers.TryGetValue(key, out var trigger))
        {
            trigger = Machine.SetTriggerParameters<Lead>(key);
            _triggers.Add(key, trigger);
        }

        return trigger;
    }
}
