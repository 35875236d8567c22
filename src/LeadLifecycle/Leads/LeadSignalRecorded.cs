namespace LeadLifecycle.Leads;

/// <summary>A qualification signal was recorded on a lead: the event of <see cref="LeadWorkflow.RecordInterestShown"/>,
/// <see cref="LeadWorkflow.RecordMeetingAgreed"/> and <see cref="LeadWorkflow.RecordPricingAgreed"/>.</summary>
/// <remarks>The first time counts: when the lead already had the signal, its time is kept and
/// <see cref="IsFirst"/> is false. Replaying the events in order rebuilds the same times.</remarks>
/// <param name="LeadId">The lead.</param>
/// <param name="Signal">Which signal.</param>
/// <param name="OccurredAt">When it was recorded, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="IsFirst">Whether this is the first time the signal was recorded on the lead (the time the lead keeps).</param>
public sealed record LeadSignalRecorded(LeadId LeadId, LeadSignal Signal, DateTimeOffset OccurredAt, bool IsFirst) : LeadEvent(LeadId, OccurredAt);
