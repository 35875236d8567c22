namespace LeadLifecycle.Opportunities;

/// <summary>Why a sales process refuses a stage change; several policy reasons may apply at once.</summary>
[Flags]
internal enum StageRefusal : byte
{
    None = 0,

    /// <summary>The verb cannot lead there whatever the policy (e.g. MoveTo into a closed stage).</summary>
    NotATransition = 1,

    /// <summary>Forward-only forbids a move to an earlier stage.</summary>
    Backward = 2,

    /// <summary>No skipping forbids passing over an active open stage.</summary>
    Skip = 4,

    /// <summary>Closed opportunities are locked.</summary>
    Locked = 8,
}

/// <summary>
/// The rules that decide which stage transitions a sales process has: what each verb may do by the stage flags, then
/// the policy. <see cref="SalesProcess"/> evaluates them on every check, in constant time and without allocating, from
/// two arrays linear in the number of stages (the next active open stage after each stage, and the count of active open
/// stages before each); refusals are explained by the same rules. The Stateless model
/// (<see cref="OpportunityStageMachine"/>) is configured from these answers, for the diagrams only.
/// </summary>
internal static partial class StageRules
{
    public const int TriggerCount = 6;

    /// <summary>Why the process refuses a change between two known stages; <see cref="StageRefusal.None"/> when it
    /// allows it (required fields aside). Constant time, allocation-free.</summary>
    public static StageRefusal Evaluate(OpportunityStage[] stages, int[] nextOpen, int[] activeOpenBefore, SalesProcessPolicy policy, int from, OpportunityStageTrigger trigger, int to)
    {
        if (Problem(stages, nextOpen, from, trigger, to) is not null)
        {
            return StageRefusal.NotATransition;
        }

        var refusal = StageRefusal.None;
        if (policy.LockClosed && stages[from].IsClosed)
        {
            refusal |= StageRefusal.Locked;
        }

        if (policy.ForwardOnly && to < from)
        {
            refusal |= StageRefusal.Backward;
        }

        if (policy.NoSkipping && !stages[to].IsLost && to > from + 1 && activeOpenBefore[to] - activeOpenBefore[from + 1] > 0)
        {
            refusal |= StageRefusal.Skip;
        }

        return refusal;
    }

    /// <summary>What makes a stage change impossible by the stage flags alone, or null when it is possible.</summary>
    public static string? Problem(OpportunityStage[] stages, int[] nextOpen, int from, OpportunityStageTrigger trigger, int to)
    {
        var source = stages[from];
        var target = stages[to];
        if (from == to)
        {
            return "the opportunity is already in that stage";
        }

        if (!target.IsActive)
        {
            return "an inactive stage cannot be entered";
        }

        return trigger switch
        {
            OpportunityStageTrigger.MoveTo when source.IsClosed => "a closed opportunity must be reopened first (Reopen, or ChangeStage)",
            OpportunityStageTrigger.MoveTo when target.IsClosed => "close an opportunity with CloseAsWon or CloseAsLost",
            OpportunityStageTrigger.Advance when source.IsClosed => "a closed opportunity must be reopened first",
            OpportunityStageTrigger.Advance when to != nextOpen[from] => "advance leads to the next open stage",
            OpportunityStageTrigger.CloseAsWon when source.IsClosed => "the opportunity is already closed; ChangeStage moves it to another closed stage",
            OpportunityStageTrigger.CloseAsWon when !target.IsWon => "close as won leads to a won stage",
            OpportunityStageTrigger.CloseAsLost when source.IsClosed => "the opportunity is already closed; ChangeStage moves it to another closed stage",
            OpportunityStageTrigger.CloseAsLost when !target.IsLost => "close as lost leads to a closed stage that is not won",
            OpportunityStageTrigger.Reopen when source.IsOpen => "only a closed opportunity can be reopened",
            OpportunityStageTrigger.Reopen when target.IsClosed => "reopen leads to an open stage; ChangeStage moves a closed opportunity to another closed stage",
            OpportunityStageTrigger.ChangeClosedStage when source.IsOpen => "only a closed opportunity moves to another closed stage; close it with CloseAsWon or CloseAsLost",
            OpportunityStageTrigger.ChangeClosedStage when target.IsOpen => "a closed opportunity returns to an open stage with Reopen",
            OpportunityStageTrigger.MoveTo or OpportunityStageTrigger.Advance or OpportunityStageTrigger.CloseAsWon
                or OpportunityStageTrigger.CloseAsLost or OpportunityStageTrigger.Reopen or OpportunityStageTrigger.ChangeClosedStage => null,
            _ => "the trigger is not defined",
        };
    }

    /// <summary>For each stage, the next active open stage after it, or -1 when there is none.</summary>
    public static int[] NextOpenStages(OpportunityStage[] stages)
    {
        var next = new int[stages.Length];
        var following = -1;
        for (var i = stages.Length - 1; i >= 0; i--)
        {
            next[i] = following;
            if (stages[i].IsOpen && stages[i].IsActive)
            {
                following = i;
            }
        }

        return next;
    }

    /// <summary>For each index i (0 to the number of stages), how many active open stages come before it.</summary>
    public static int[] ActiveOpenBefore(OpportunityStage[] stages)
    {
        var before = new int[stages.Length + 1];
        for (var i = 0; i < stages.Length; i++)
        {
            before[i + 1] = before[i] + (stages[i].IsOpen && stages[i].IsActive ? 1 : 0);
        }

        return before;
    }

    /// <summary>The active open stages a forward move passes over.</summary>
    public static IEnumerable<OpportunityStage> SkippedStages(OpportunityStage[] stages, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (stages[i].IsOpen && stages[i].IsActive)
            {
                yield return stages[i];
            }
        }
    }
}
