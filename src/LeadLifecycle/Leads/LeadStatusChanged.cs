namespace LeadLifecycle.Leads;

/// <summary>A lead's status changed: the event every successful status verb returns.</summary>
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
    string? Reason = null) : ILifecycleEvent;
