using System.Text.Json.Serialization;

namespace LeadLifecycle.Opportunities;

/// <summary>The base of the events that record an opportunity's stage changes; every stage verb returns one.</summary>
/// <remarks>Match the concrete events: <see cref="OpportunityStageChanged"/>, <see cref="OpportunityWon"/>,
/// <see cref="OpportunityLost"/>, <see cref="OpportunityReopened"/>. In JSON the concrete event is named by a
/// <c>$type</c> property: <c>stageChanged</c>, <c>won</c>, <c>lost</c> or <c>reopened</c>.</remarks>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="FromStage">The stage before.</param>
/// <param name="ToStage">The stage after.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
[JsonPolymorphic]
[JsonDerivedType(typeof(OpportunityStageChanged), "stageChanged")]
[JsonDerivedType(typeof(OpportunityWon), "won")]
[JsonDerivedType(typeof(OpportunityLost), "lost")]
[JsonDerivedType(typeof(OpportunityReopened), "reopened")]
public abstract record OpportunityEvent(OpportunityId OpportunityId, string FromStage, string ToStage, DateTimeOffset OccurredAt) : ILifecycleEvent
{
    /// <summary>Gets the verb that caused the event.</summary>
    public abstract OpportunityStageTrigger Trigger { get; }
}
