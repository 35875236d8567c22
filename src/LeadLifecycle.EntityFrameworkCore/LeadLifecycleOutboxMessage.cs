namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>A lifecycle event stored with the change that raised it, for the application to publish (the
/// transactional outbox pattern).</summary>
/// <remarks>The save helpers add one row per event in the same <c>SaveChanges</c> as the records, so an event is stored
/// exactly when its change is. Read unprocessed rows in <see cref="Id"/> order, publish them, and set
/// <see cref="ProcessedAt"/>; <see cref="Payload"/> is the event as <c>LeadLifecycleJson.Serialize</c> writes it, read it
/// back with <c>LeadLifecycleJson.Deserialize</c> and the type named by <see cref="EventType"/>.</remarks>
public sealed class LeadLifecycleOutboxMessage
{
    /// <summary>Gets the row's key, made by the database; increasing in the order the events were stored.</summary>
    public long Id { get; init; }

    /// <summary>Gets the event's type name, e.g. <c>LeadStatusChanged</c>, <c>LeadConverted</c>, <c>OpportunityWon</c>.</summary>
    public string EventType { get; init; } = string.Empty;

    /// <summary>Gets the type of the record the event is about: <c>Lead</c> or <c>Opportunity</c>.</summary>
    public string RecordType { get; init; } = string.Empty;

    /// <summary>Gets the id of the record the event is about.</summary>
    public string RecordId { get; init; } = string.Empty;

    /// <summary>Gets when the event happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets the event as JSON in the library's wire format.</summary>
    public string Payload { get; init; } = string.Empty;

    /// <summary>Gets or sets when the application published the event; null until then.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }
}
