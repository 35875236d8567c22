namespace LeadLifecycle.Opportunities;

/// <summary>An opportunity was closed as lost: moved into a lost stage from an open or a won stage.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The lost stage.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="LossReason">Why it was lost, if given.</param>
/// <param name="Competitor">The competitor it was lost to, if known.</param>
/// <param name="Trigger">The trigger: <see cref="OpportunityStageTrigger.CloseAsLost"/> from an open stage,
/// <see cref="OpportunityStageTrigger.ChangeClosedStage"/> from a won stage.</param>
public sealed record OpportunityLost(
    OpportunityId OpportunityId,
    string FromStage,
    string ToStage,
    DateTimeOffset OccurredAt,
    string? LossReason = null,
    string? Competitor = null,
    OpportunityStageTrigger Trigger = OpportunityStageTrigger.CloseAsLost)
    : OpportunityStageEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the trigger of the transition.</summary>
    public override OpportunityStageTrigger Trigger { get; } = Trigger;
}
