namespace LeadLifecycle.Errors;

/// <summary>A conversion gives both an existing opportunity and a new opportunity's name (<see cref="ErrorCodes.OpportunityIdAndName"/>).</summary>
public sealed class OpportunityIdAndNameError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OpportunityIdAndNameError"/> class.</summary>
    /// <param name="opportunityId">The existing opportunity.</param>
    /// <param name="opportunityName">The name given.</param>
    public OpportunityIdAndNameError(OpportunityId opportunityId, string opportunityName)
        : base(ErrorCodes.OpportunityIdAndName, $"An existing opportunity ({opportunityId}) and an opportunity name ('{opportunityName}') exclude each other.")
    {
        OpportunityId = opportunityId;
        OpportunityName = opportunityName;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(OpportunityName), OpportunityName));
    }

    /// <summary>Gets the existing opportunity.</summary>
    public OpportunityId OpportunityId { get; }

    /// <summary>Gets the name given.</summary>
    public string OpportunityName { get; }
}
