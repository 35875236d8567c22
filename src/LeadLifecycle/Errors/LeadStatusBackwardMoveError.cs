using LeadLifecycle.Leads;

namespace LeadLifecycle.Errors;

/// <summary>The lead process is forward-only and the change would move the lead to an earlier status
/// (<see cref="ErrorCodes.BackwardStageMove"/>, the code of the sales process's rule).</summary>
public sealed class LeadStatusBackwardMoveError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="LeadStatusBackwardMoveError"/> class.</summary>
    /// <param name="fromStatus">The status the lead is in.</param>
    /// <param name="trigger">The attempted trigger.</param>
    /// <param name="toStatus">The earlier status asked for.</param>
    public LeadStatusBackwardMoveError(string fromStatus, LeadStatusTrigger trigger, string toStatus)
        : base(ErrorCodes.BackwardStageMove, $"{trigger} from '{fromStatus}' back to '{toStatus}' is forbidden: the lead process only moves forward; choose a later status.")
    {
        FromStatus = fromStatus;
        Trigger = trigger;
        ToStatus = toStatus;
        AddMetadata(
            (nameof(FromStatus), FromStatus),
            (nameof(Trigger), Trigger),
            (nameof(ToStatus), ToStatus));
    }

    /// <summary>Gets the status the lead is in.</summary>
    public string FromStatus { get; }

    /// <summary>Gets the attempted trigger.</summary>
    public LeadStatusTrigger Trigger { get; }

    /// <summary>Gets the earlier status asked for.</summary>
    public string ToStatus { get; }
}
