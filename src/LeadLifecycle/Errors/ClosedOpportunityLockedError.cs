namespace LeadLifecycle.Errors;

/// <summary>The sales process locks closed opportunities (<see cref="ErrorCodes.ClosedOpportunityLocked"/>):
/// they are not reopened or moved to another closed stage, and none of their amount, close date, probability or
/// forecast category changes.</summary>
public sealed class ClosedOpportunityLockedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ClosedOpportunityLockedError"/> class.</summary>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="stage">The closed stage it is in.</param>
    /// <param name="operation">What was refused, e.g. <c>Reopen</c> or <c>Amount</c>.</param>
    public ClosedOpportunityLockedError(OpportunityId opportunityId, string stage, string operation)
        : base(ErrorCodes.ClosedOpportunityLocked, $"Opportunity {opportunityId} is closed in '{stage}' and locked: {operation} is not allowed.")
    {
        OpportunityId = opportunityId;
        Stage = stage;
        Operation = operation;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(Stage), Stage), (nameof(Operation), Operation));
    }

    /// <summary>Gets the opportunity.</summary>
    public OpportunityId OpportunityId { get; }

    /// <summary>Gets the closed stage it is in.</summary>
    public string Stage { get; }

    /// <summary>Gets what was refused.</summary>
    public string Operation { get; }
}
