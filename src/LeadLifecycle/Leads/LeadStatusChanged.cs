namespace LeadLifecycle.Leads;

/// <summary>A lead's status changed: the event every successful status verb and every conversion returns.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="FromStatus">The status before.</param>
/// <param name="ToStatus">The status after.</param>
/// <param name="Trigger">The verb that changed it.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="Reason">The reason given (disqualification), if any.</param>
public sealed record LeadStatusChanged(
    LeadId LeadId,
    string FromStatus,
    string ToStatus,
    LeadStatusTrigger Trigger,
    DateTimeOffset OccurredAt,
    string? Reason = null) : LeadEvent(LeadId, OccurredAt)
{
    /// <summary>Gets the fields the conversion set, on a <see cref="LeadStatusTrigger.Convert"/> event; null on
    /// every other event.</summary>
    /// <remarks><see cref="LeadWorkflow.Replay"/> accepts a Convert event only with these, so a replayed history
    /// cannot make a lead converted without its account and contact.</remarks>
    public ConvertedLeadFields? Conversion { get; init; }
}
