namespace LeadLifecycle.Leads;

/// <summary>The outcome of <see cref="LeadWorkflow.EditConvertedLead"/>: the edited converted lead and its audit event.</summary>
/// <param name="Lead">The lead after the edit; still converted. The input lead is untouched.</param>
/// <param name="Event">The event that marks the change as an edit of a converted lead.</param>
public readonly record struct ConvertedLeadEdit(Lead Lead, ConvertedLeadEdited Event) : IRecordChange<Lead>
{
    /// <inheritdoc />
    Lead IRecordChange<Lead>.Record => Lead;

    /// <inheritdoc />
    ILifecycleEvent IRecordChange<Lead>.LifecycleEvent => Event;
}
