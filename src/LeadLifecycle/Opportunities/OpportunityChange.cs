namespace LeadLifecycle.Opportunities;

/// <summary>The outcome of every successful opportunity verb: the changed opportunity and the event that records the
/// change.</summary>
/// <remarks>Stage verbs return an <see cref="OpportunityStageEvent"/> (<see cref="OpportunityStageChanged"/>,
/// <see cref="OpportunityWon"/>, <see cref="OpportunityLost"/> or <see cref="OpportunityReopened"/>); field changes an
/// <see cref="OpportunityFieldChanged"/>. The input opportunity is untouched; store <see cref="Opportunity"/>.</remarks>
/// <param name="Opportunity">The opportunity after the change.</param>
/// <param name="Event">The event that records the change.</param>
public readonly record struct OpportunityChange(Opportunity Opportunity, OpportunityEvent Event) : IRecordChange<Opportunity>
{
    /// <summary>Gets the opportunity after the change (the same as <see cref="Opportunity"/>).</summary>
    Opportunity IRecordChange<Opportunity>.Record => Opportunity;

    /// <summary>Gets the event that records the change (the same as <see cref="Event"/>).</summary>
    ILifecycleEvent IRecordChange<Opportunity>.LifecycleEvent => Event;
}
