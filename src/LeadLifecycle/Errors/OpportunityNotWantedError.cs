namespace LeadLifecycle.Errors;

/// <summary>A conversion asks for no opportunity but gives an existing opportunity or a name (<see cref="ErrorCodes.OpportunityNotWanted"/>).</summary>
public sealed class OpportunityNotWantedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OpportunityNotWantedError"/> class.</summary>
    /// <param name="opportunityId">The existing opportunity given, if any.</param>
    /// <param name="opportunityName">The name given, if any.</param>
    public OpportunityNotWantedError(OpportunityId? opportunityId, string? opportunityName)
        : base(ErrorCodes.OpportunityNotWanted, "A conversion without an opportunity cannot name an existing opportunity or a new opportunity's name.")
    {
        OpportunityId = opportunityId;
        OpportunityName = opportunityName;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(OpportunityName), OpportunityName));
    }

    /// <summary>Gets the existing opportunity given, if any.</summary>
    public OpportunityId? OpportunityId { get; }

    /// <summary>Gets the name given, if any.</summary>
    public string? OpportunityName { get; }
}
