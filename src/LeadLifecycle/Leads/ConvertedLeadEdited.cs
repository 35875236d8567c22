namespace LeadLifecycle.Leads;

/// <summary>Fields of a converted lead were edited, explicitly, by a workflow that allows it (the audit record).</summary>
/// <remarks>Salesforce allows this to users with the "View and Edit Converted Leads" permission; the lead stays
/// converted, in its converted status, with its converted records.</remarks>
/// <param name="LeadId">The lead.</param>
/// <param name="ChangedFields">The names of the <see cref="Lead"/> properties that changed, in declaration order.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
public sealed record ConvertedLeadEdited(LeadId LeadId, IReadOnlyList<string> ChangedFields, DateTimeOffset OccurredAt) : ILifecycleEvent;
