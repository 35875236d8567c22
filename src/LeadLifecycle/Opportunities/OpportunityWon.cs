namespace LeadLifecycle.Opportunities;

/// <summary>An opportunity was closed as won.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The open stage before.</param>
/// <param name="ToStage">The won stage.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="Amount">The amount won, if known.</param>
public sealed record OpportunityWon(OpportunityId OpportunityId, string FromStage, string ToStage, DateTimeOffset OccurredAt, decimal? Amount = null)
    : OpportunityEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the verb that caused the event: <see cref="OpportunityStageTrigger.CloseAsWon"/>.</summary>
    public override OpportunityStageTrigger Trigger => OpportunityStageTrigger.CloseAsWon;
}
