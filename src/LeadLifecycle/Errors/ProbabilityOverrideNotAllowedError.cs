namespace LeadLifecycle.Errors;

/// <summary>The probability of a closed opportunity comes from its stage and cannot be overridden
/// (<see cref="ErrorCodes.ProbabilityOverrideNotAllowed"/>).</summary>
public sealed class ProbabilityOverrideNotAllowedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ProbabilityOverrideNotAllowedError"/> class.</summary>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="stage">The closed stage it is in.</param>
    public ProbabilityOverrideNotAllowedError(OpportunityId opportunityId, string stage)
        : base(ErrorCodes.ProbabilityOverrideNotAllowed, $"Opportunity {opportunityId} is closed in '{stage}'; its probability comes from the stage and cannot be overridden; only an open opportunity's can.")
    {
        OpportunityId = opportunityId;
        Stage = stage;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(Stage), Stage));
    }

    /// <summary>Gets the opportunity.</summary>
    public OpportunityId OpportunityId { get; }

    /// <summary>Gets the closed stage it is in.</summary>
    public string Stage { get; }
}
