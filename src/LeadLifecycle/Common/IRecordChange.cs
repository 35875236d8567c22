namespace LeadLifecycle;

/// <summary>The outcome of a successful verb: the new record and the event that records the change.</summary>
/// <remarks>
/// Every verb of leads and opportunities returns a change of this shape in a successful <c>Result</c>, so one
/// harness (a test, an outbox, a repository) can drive any verb the same way. The record passed to the verb is
/// never changed: store <see cref="Record"/>.
/// </remarks>
/// <typeparam name="TRecord">The record type: a lead or an opportunity.</typeparam>
public interface IRecordChange<out TRecord>
{
    /// <summary>Gets the record after the change.</summary>
    TRecord Record { get; }

    /// <summary>Gets the event that records the change (the change types also expose it typed, as <c>Event</c>).</summary>
    ILifecycleEvent LifecycleEvent { get; }
}
