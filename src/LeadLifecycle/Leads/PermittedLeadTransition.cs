namespace LeadLifecycle.Leads;

/// <summary>A transition that a lead process allows: a trigger and the status it leads to.</summary>
/// <param name="Trigger">The verb.</param>
/// <param name="ToStatus">The status the lead is in afterwards.</param>
public readonly record struct PermittedLeadTransition(LeadStatusTrigger Trigger, string ToStatus);
