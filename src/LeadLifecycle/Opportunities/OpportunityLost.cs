namespace LeadLifecycle.Opportunities;

/// <summary>An opportunity was closed as lost.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The open stage before.</param>
/// <param name="ToStage">The lost stage.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="LossReason">Why it was lost, if given.</param>
/// <param name="Competitor">The competitor it was lost to, if known.</param>
public sealed record OpportunityLost(OpportunityId OpportunityId, string FromStage, string ToStage, DateTimeOffset OccurredAt, string? LossReason = null, string? Competitor = null)
    : OpportunityEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the verb that caused the event: <see cref="OpportunityStageTrigger.CloseAsLost"/>.</summary>
    public override OpportunityStageTrigger Trigger => OpportunityStageTrigger.CloseAsLost;
}
