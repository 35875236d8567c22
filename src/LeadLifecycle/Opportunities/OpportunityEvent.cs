using System.Text.Json.Serialization;

namespace LeadLifecycle.Opportunities;

/// <summary>The base of the events that record a change to an opportunity; every opportunity verb returns one in its
/// <see cref="OpportunityChange"/>.</summary>
/// <remarks>Match the concrete events: the stage events (<see cref="OpportunityStageEvent"/>:
/// <see cref="OpportunityStageChanged"/>, <see cref="OpportunityWon"/>, <see cref="OpportunityLost"/>,
/// <see cref="OpportunityReopened"/>) and <see cref="OpportunityFieldChanged"/>. In JSON the concrete event is named by
/// a <c>$type</c> property: <c>stageChanged</c>, <c>won</c>, <c>lost</c>, <c>reopened</c> or <c>fieldChanged</c>.</remarks>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
[JsonPolymorphic]
[JsonDerivedType(typeof(OpportunityStageChanged), "stageChanged")]
[JsonDerivedType(typeof(OpportunityWon), "won")]
[JsonDerivedType(typeof(OpportunityLost), "lost")]
[JsonDerivedType(typeof(OpportunityReopened), "reopened")]
[JsonDerivedType(typeof(OpportunityFieldChanged), "fieldChanged")]
public abstract record OpportunityEvent(OpportunityId OpportunityId, DateTimeOffset OccurredAt) : ILifecycleEvent;
