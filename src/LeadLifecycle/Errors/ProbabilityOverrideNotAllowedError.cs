namespace LeadLifecycle.Errors;

/// <summary>The sales process locks the probability and forecast category of closed opportunities
/// (<see cref="Opportunities.SalesProcessPolicy.LockProbabilityOnClosed"/>) and the opportunity is closed
/// (<see cref="ErrorCodes.ProbabilityOverrideNotAllowed"/>).</summary>
public sealed class ProbabilityOverrideNotAllowedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ProbabilityOverrideNotAllowedError"/> class.</summary>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="stage">The closed stage it is in.</param>
    /// <param name="field">The field asked to change: <c>Probability</c> or <c>ForecastCategory</c>.</param>
    public ProbabilityOverrideNotAllowedError(OpportunityId opportunityId, string stage, string field)
        : base(ErrorCodes.ProbabilityOverrideNotAllowed, $"Opportunity {opportunityId} is closed in '{stage}' and the sales process locks the probability and forecast category of closed opportunities (LockProbabilityOnClosed): {field} comes from the stage; reopen the opportunity to change it.")
    {
        OpportunityId = opportunityId;
        Stage = stage;
        Field = field;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(Stage), Stage), (nameof(Field), Field));
    }

    /// <summary>Gets the opportunity.</summary>
    public OpportunityId OpportunityId { get; }

    /// <summary>Gets the closed stage it is in.</summary>
    public string Stage { get; }

    /// <summary>Gets the field asked to change: <c>Probability</c> or <c>ForecastCategory</c>.</summary>
    public string Field { get; }
}
