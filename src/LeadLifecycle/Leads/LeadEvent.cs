using System.Text.Json.Serialization;

namespace LeadLifecycle.Leads;

/// <summary>The base of the events that record a change to a lead; every lead verb returns one in its
/// <see cref="LeadChange"/>.</summary>
/// <remarks>Match the concrete events: <see cref="LeadStatusChanged"/> (status verbs and conversion) and
/// <see cref="LeadSignalRecorded"/> (the qualification signals). <see cref="LeadWorkflow.Replay"/> replays both. In JSON
/// the concrete event is named by a <c>$type</c> property when it is written as a <see cref="LeadEvent"/>:
/// <c>statusChanged</c> or <c>signalRecorded</c>.</remarks>
/// <param name="LeadId">The lead.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
[JsonPolymorphic]
[JsonDerivedType(typeof(LeadStatusChanged), "statusChanged")]
[JsonDerivedType(typeof(LeadSignalRecorded), "signalRecorded")]
public abstract record LeadEvent(LeadId LeadId, DateTimeOffset OccurredAt) : ILifecycleEvent;
