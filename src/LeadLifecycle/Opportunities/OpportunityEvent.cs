namespace LeadLifecycle.Opportunities;

/// <summary>The base of the events that record an opportunity's stage changes; every stage verb returns one.</summary>
/// <remarks>Match the concrete events: <see cref="OpportunityStageChanged"/>, <see cref="OpportunityWon"/>,
/// <see cref="OpportunityLost"/>, <see cref="OpportunityReopened"/>.</remarks>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The stage after.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
public abstract record OpportunityEvent(OpportunityId OpportunityId, string FromStage, string ToStage, DateTimeOffset OccurredAt)
{
    /// <summary>Gets the verb that caused the event.</summary>
    public abstract OpportunityStageTrigger Trigger { get; }
}
