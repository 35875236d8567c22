namespace LeadLifecycle.Leads;

/// <summary>The outcome of a successful lead verb: the changed lead and the event that records the change.</summary>
/// <remarks>The lead passed to the verb is never changed: store <see cref="Lead"/>.</remarks>
/// <param name="Lead">The lead after the change; the input lead is untouched.</param>
/// <param name="Event">The event that records the change: a <see cref="LeadStatusChanged"/> for status verbs and
/// conversion, a <see cref="LeadSignalRecorded"/> for the qualification signals.</param>
public readonly record struct LeadChange(Lead Lead, LeadEvent Event) : IRecordChange<Lead>
{
    /// <inheritdoc />
    Lead IRecordChange<Lead>.Record => Lead;

    /// <inheritdoc />
    ILifecycleEvent IRecordChange<Lead>.LifecycleEvent => Event;
}
