namespace LeadLifecycle.Opportunities;

/// <summary>The outcome of a successful stage verb: the changed opportunity and the event that records the change.</summary>
/// <param name="Opportunity">The opportunity after the change; the input opportunity is untouched.</param>
/// <param name="Event">The event: <see cref="OpportunityStageChanged"/>, <see cref="OpportunityWon"/>,
/// <see cref="OpportunityLost"/> or <see cref="OpportunityReopened"/>.</param>
public readonly record struct OpportunityTransition(Opportunity Opportunity, OpportunityEvent Event);
