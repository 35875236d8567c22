using LeadLifecycle.Leads;

namespace LeadLifecycle.Errors;

/// <summary>The lead process forbids skipping and the change would pass over open statuses
/// (<see cref="ErrorCodes.StageSkip"/>, the code of the sales process's rule).</summary>
public sealed class LeadStatusSkipError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="LeadStatusSkipError"/> class.</summary>
    /// <param name="fromStatus">The status the lead is in.</param>
    /// <param name="trigger">The attempted trigger.</param>
    /// <param name="toStatus">The status asked for.</param>
    /// <param name="skippedStatuses">The open statuses the change would pass over, in order.</param>
    public LeadStatusSkipError(string fromStatus, LeadStatusTrigger trigger, string toStatus, IReadOnlyList<string> skippedStatuses)
        : base(ErrorCodes.StageSkip, $"{trigger} from '{fromStatus}' to '{toStatus}' would skip {string.Join(", ", skippedStatuses.Select(s => $"'{s}'"))}: the lead process forbids skipping; move to '{skippedStatuses[0]}' first.")
    {
        FromStatus = fromStatus;
        Trigger = trigger;
        ToStatus = toStatus;
        SkippedStatuses = skippedStatuses;
        AddMetadata(
            (nameof(FromStatus), FromStatus),
            (nameof(Trigger), Trigger),
            (nameof(ToStatus), ToStatus),
            (nameof(SkippedStatuses), SkippedStatuses));
    }

    /// <summary>Gets the status the lead is in.</summary>
    public string FromStatus { get; }

    /// <summary>Gets the attempted trigger.</summary>
    public LeadStatusTrigger Trigger { get; }

    /// <summary>Gets the status asked for.</summary>
    public string ToStatus { get; }

    /// <summary>Gets the open statuses the change would pass over, in order.</summary>
    public IReadOnlyList<string> SkippedStatuses { get; }
}
