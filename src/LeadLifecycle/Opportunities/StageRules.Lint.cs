using LeadLifecycle.Linting;

namespace LeadLifecycle.Opportunities;

/// <content>The stage transitions as <see cref="SalesProcess.Lint"/> walks them: ranges of stages worked out from the
/// same flags and policy as <see cref="Problem"/> and <see cref="Evaluate"/>; each move the walk takes is confirmed by
/// <see cref="SalesProcess.Edge"/>.</content>
internal static partial class StageRules
{
    public const int OpenClass = 0;
    public const int WonClass = 1;
    public const int LostClass = 2;

    /// <summary>The lint class of a stage: active open, won or lost; -1 for an inactive stage, which no move enters.</summary>
    public static int LintClass(OpportunityStage stage) =>
        !stage.IsActive ? -1 : stage.IsWon ? WonClass : stage.IsClosed ? LostClass : OpenClass;

    /// <summary>Adds the stages each verb may lead to from a stage, as ranges, policy applied.</summary>
    public static void LintTargets(OpportunityStage[] stages, int[] nextOpen, SalesProcessPolicy policy, int from, List<LintRange> ranges)
    {
        var last = stages.Length - 1;
        if (stages[from].IsOpen)
        {
            AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.MoveTo, OpenClass, 0, last);
            if (nextOpen[from] >= 0)
            {
                AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.Advance, OpenClass, nextOpen[from], nextOpen[from]);
            }

            AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.CloseAsWon, WonClass, 0, last);
            AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.CloseAsLost, LostClass, 0, last);
        }
        else if (!policy.LockClosed)
        {
            AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.Reopen, OpenClass, 0, last);
            AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.ChangeClosedStage, WonClass, 0, last);
            AddOut(ranges, stages, nextOpen, policy, from, OpportunityStageTrigger.ChangeClosedStage, LostClass, 0, last);
        }
    }

    /// <summary>Adds the stages from which each verb may lead to a stage, as ranges, policy applied.</summary>
    /// <param name="stages">The stages.</param>
    /// <param name="previousOpen">For each stage, the nearest active open stage before it, or -1.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="to">The stage entered.</param>
    /// <param name="ranges">Where the ranges go.</param>
    public static void LintSources(OpportunityStage[] stages, int[] previousOpen, SalesProcessPolicy policy, int to, List<LintRange> ranges)
    {
        var target = stages[to];
        var last = stages.Length - 1;
        if (!target.IsActive)
        {
            return;
        }

        if (target.IsOpen)
        {
            AddIn(ranges, stages, previousOpen, policy, to, OpportunityStageTrigger.MoveTo, OpenClass, 0, last);
            AddIn(ranges, stages, previousOpen, policy, to, OpportunityStageTrigger.Advance, OpenClass, Math.Max(previousOpen[to], 0), to - 1);
        }
        else
        {
            AddIn(ranges, stages, previousOpen, policy, to, target.IsWon ? OpportunityStageTrigger.CloseAsWon : OpportunityStageTrigger.CloseAsLost, OpenClass, 0, last);
        }

        if (!policy.LockClosed)
        {
            var trigger = target.IsOpen ? OpportunityStageTrigger.Reopen : OpportunityStageTrigger.ChangeClosedStage;
            AddIn(ranges, stages, previousOpen, policy, to, trigger, WonClass, 0, last);
            AddIn(ranges, stages, previousOpen, policy, to, trigger, LostClass, 0, last);
        }
    }

    /// <summary>Narrows targets by the policy (<see cref="Evaluate"/>): forward-only keeps later stages, no skipping
    /// those up to the next active open stage, except lost ones.</summary>
    private static void AddOut(List<LintRange> ranges, OpportunityStage[] stages, int[] nextOpen, SalesProcessPolicy policy, int from, OpportunityStageTrigger trigger, int targetClass, int low, int high)
    {
        low = policy.ForwardOnly ? Math.Max(low, from) : low;
        if (policy.NoSkipping && targetClass != LostClass && nextOpen[from] >= 0)
        {
            high = Math.Min(high, nextOpen[from]);
        }

        if (low <= high)
        {
            ranges.Add(new LintRange((int)trigger, targetClass, low, Math.Min(high, stages.Length - 1)));
        }
    }

    /// <summary>Narrows sources by the policy: forward-only keeps earlier stages, no skipping (into a stage that is not
    /// lost) those from the previous active open stage on.</summary>
    private static void AddIn(List<LintRange> ranges, OpportunityStage[] stages, int[] previousOpen, SalesProcessPolicy policy, int to, OpportunityStageTrigger trigger, int sourceClass, int low, int high)
    {
        high = policy.ForwardOnly ? Math.Min(high, to) : high;
        if (policy.NoSkipping && !stages[to].IsLost)
        {
            low = Math.Max(low, previousOpen[to]);
        }

        if (low <= high)
        {
            ranges.Add(new LintRange((int)trigger, sourceClass, low, high));
        }
    }
}
