namespace LeadLifecycle.Opportunities;

/// <summary>An opportunity was closed as won: moved into a won stage from an open or a lost stage.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The won stage.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="Amount">The amount won, if known.</param>
/// <param name="Trigger">The trigger: <see cref="OpportunityStageTrigger.CloseAsWon"/> from an open stage,
/// <see cref="OpportunityStageTrigger.ChangeClosedStage"/> from a lost stage.</param>
public sealed record OpportunityWon(
    OpportunityId OpportunityId,
    string FromStage,
    string ToStage,
    DateTimeOffset OccurredAt,
    decimal? Amount = null,
    OpportunityStageTrigger Trigger = OpportunityStageTrigger.CloseAsWon)
    : OpportunityStageEvent(OpportunityId, FromStage, ToStage, OccurredAt)
{
    /// <summary>Gets the trigger of the transition.</summary>
    public override OpportunityStageTrigger Trigger { get; } = Trigger;
}
