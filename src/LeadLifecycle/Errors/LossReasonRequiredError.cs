namespace LeadLifecycle.Errors;

/// <summary>Closing an opportunity as lost needs a loss reason (<see cref="ErrorCodes.LossReasonRequired"/>).</summary>
public sealed class LossReasonRequiredError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="LossReasonRequiredError"/> class.</summary>
    /// <param name="opportunityId">The opportunity.</param>
    public LossReasonRequiredError(OpportunityId opportunityId)
        : base(ErrorCodes.LossReasonRequired, $"Opportunity {opportunityId} cannot be closed as lost without a loss reason: the sales process requires one; give it to CloseAsLost.")
    {
        OpportunityId = opportunityId;
        AddMetadata((nameof(OpportunityId), OpportunityId));
    }

    /// <summary>Gets the opportunity.</summary>
    public OpportunityId OpportunityId { get; }
}
