namespace LeadLifecycle.Opportunities;

/// <summary>A closed opportunity was reopened to an open stage.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The closed stage before.</param>
/// <param name="ToStage">The open stage after.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
public sealed record OpportunityReopened(OpportunityId OpportunityId, string FromStage, string ToStage, DateTimeOffset OccurredAt)
    : OpportunityStageEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the trigger of the transition: <see cref="OpportunityStageTrigger.Reopen"/>.</summary>
    public override OpportunityStageTrigger Trigger => OpportunityStageTrigger.Reopen;
}
