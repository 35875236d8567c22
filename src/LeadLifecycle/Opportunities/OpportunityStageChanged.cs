namespace LeadLifecycle.Opportunities;

/// <summary>An opportunity moved to another stage without being won, lost or reopened: open to open (move to a
/// stage, advance), or between two won or two lost stages.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The stage after.</param>
/// <param name="Trigger">The trigger: <see cref="OpportunityStageTrigger.MoveTo"/>, <see cref="OpportunityStageTrigger.Advance"/>
/// or <see cref="OpportunityStageTrigger.ChangeClosedStage"/>.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
public sealed record OpportunityStageChanged(OpportunityId OpportunityId, string FromStage, string ToStage, OpportunityStageTrigger Trigger, DateTimeOffset OccurredAt)
    : OpportunityStageEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the trigger of the transition.</summary>
    public override OpportunityStageTrigger Trigger { get; } = Trigger;
}
