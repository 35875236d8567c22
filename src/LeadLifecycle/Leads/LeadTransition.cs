namespace LeadLifecycle.Leads;

/// <summary>The outcome of a successful status verb: the changed lead and the event that records the change.</summary>
/// <param name="Lead">The lead after the change; the input lead is untouched.</param>
/// <param name="Event">The event.</param>
public readonly record struct LeadTransition(Lead Lead, LeadStatusChanged Event);
