namespace LeadLifecycle.Leads;

/// <summary>One allowed transition of a lead process definition, before it is configured into the state machine.</summary>
internal sealed record TransitionRule(LeadStatusTrigger Trigger, string From, string To, LeadTransitionGuard[] Guards);
