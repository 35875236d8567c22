using Stateless;
using Stateless.Reflection;

namespace LeadLifecycle.Opportunities;

/// <summary>A trigger of the Stateless model: a verb aimed at one stage, shown in diagrams by the verb alone.</summary>
internal readonly record struct StageTrigger(OpportunityStageTrigger Verb, string To)
{
    public override string ToString() => Verb.ToString();
}

/// <summary>
/// The opportunity stage machine in Stateless: every stage change a sales process and its policy allow, with the
/// required-field guards, configured from the process's own answers. <see cref="SalesProcess"/> builds it lazily and
/// draws its diagrams from it; the checks do not use it (its size grows with the square of the number of stages).
/// </summary>
internal sealed class OpportunityStageMachine
{
    private readonly Dictionary<StageTrigger, StateMachine<string, StageTrigger>.TriggerWithParameters<Opportunity>> _triggers = [];

    public OpportunityStageMachine(OpportunityStage[] stages, Func<int, OpportunityStageTrigger, int, OpportunityStageGuard[]?> edge)
    {
        Machine = new StateMachine<string, StageTrigger>(stages[0].Name);
        foreach (var stage in stages)
        {
            Machine.Configure(stage.Name);
        }

        for (var from = 0; from < stages.Length; from++)
        {
            var state = Machine.Configure(stages[from].Name);
            foreach (var verb in Enum.GetValues<OpportunityStageTrigger>())
            {
                for (var to = 0; to < stages.Length; to++)
                {
                    if (edge(from, verb, to) is not { } edgeGuards)
                    {
                        continue;
                    }

                    var trigger = TriggerFor(new StageTrigger(verb, stages[to].Name));
                    var guards = edgeGuards
                        .Select(g => Tuple.Create<Func<Opportunity, bool>, string>(g.IsMet, g.Description))
                        .ToArray();
                    state.PermitIf(trigger, stages[to].Name, guards);
                }
            }
        }
    }

    public StateMachine<string, StageTrigger> Machine { get; }

    public StateMachineInfo GetInfo() => Machine.GetInfo();

    private StateMachine<string, StageTrigger>.TriggerWithParameters<Opportunity> TriggerFor(StageTrigger key)
    {
        if (!_triggers.TryGetValue(key, out var trigger))
        {
            trigger = Machine.SetTriggerParameters<Opportunity>(key);
            _triggers.Add(key, trigger);
        }

        return trigger;
    }
}
