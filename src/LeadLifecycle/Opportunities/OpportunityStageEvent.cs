using System.Text.Json.Serialization;

namespace LeadLifecycle.Opportunities;

/// <summary>The base of the events that record a stage transition; every stage verb returns one.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The stage after.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
[JsonPolymorphic]
[JsonDerivedType(typeof(OpportunityStageChanged), "stageChanged")]
[JsonDerivedType(typeof(OpportunityWon), "won")]
[JsonDerivedType(typeof(OpportunityLost), "lost")]
[JsonDerivedType(typeof(OpportunityReopened), "reopened")]
public abstract record OpportunityStageEvent(OpportunityId OpportunityId, string FromStage, string ToStage, DateTimeOffset OccurredAt)
    : OpportunityEvent(OpportunityId, OccurredAt)
{
    /// <summary>Gets the trigger of the transition: the verb, or for <see cref="OpportunityWorkflow.ChangeStage"/> the
    /// trigger it resolved to.</summary>
    public abstract OpportunityStageTrigger Trigger { get; }
}
