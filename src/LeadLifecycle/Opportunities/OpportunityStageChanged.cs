namespace LeadLifecycle.Opportunities;

/// <summary>An open opportunity moved to another open stage (move to a stage, or advance).</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The stage after.</param>
/// <param name="Trigger">The verb: <see cref="OpportunityStageTrigger.MoveTo"/> or <see cref="OpportunityStageTrigger.Advance"/>.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
public sealed record OpportunityStageChanged(OpportunityId OpportunityId, string FromStage, string ToStage, OpportunityStageTrigger Trigger, DateTimeOffset OccurredAt)
    : OpportunityEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the verb that caused the event.</summary>
    public override OpportunityStageTrigger Trigger { get; } = Trigger;
}
