using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The sales process is forward-only and the change would move the opportunity back
/// (<see cref="ErrorCodes.BackwardStageMove"/>).</summary>
public sealed class BackwardStageMoveError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="BackwardStageMoveError"/> class.</summary>
    /// <param name="fromStage">The stage the opportunity is in.</param>
    /// <param name="trigger">The attempted verb.</param>
    /// <param name="toStage">The earlier stage asked for.</param>
    public BackwardStageMoveError(string fromStage, OpportunityStageTrigger trigger, string toStage)
        : base(ErrorCodes.BackwardStageMove, $"{trigger} from '{fromStage}' back to '{toStage}' is forbidden: the sales process only moves forward.")
    {
        FromStage = fromStage;
        Trigger = trigger;
        ToStage = toStage;
    }

    /// <summary>Gets the stage the opportunity is in.</summary>
    public string FromStage { get; }

    /// <summary>Gets the attempted verb.</summary>
    public OpportunityStageTrigger Trigger { get; }

    /// <summary>Gets the earlier stage asked for.</summary>
    public string ToStage { get; }
}
