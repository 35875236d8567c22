namespace LeadLifecycle.Errors;

/// <summary>A conversion names an existing opportunity but no existing account (<see cref="ErrorCodes.OpportunityRequiresAccount"/>).</summary>
/// <remarks>Salesforce's documentation states no such rule; the library keeps it because an existing opportunity
/// already belongs to an account, and linking it to a newly created one would move it silently.</remarks>
public sealed class OpportunityRequiresAccountError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OpportunityRequiresAccountError"/> class.</summary>
    /// <param name="opportunityId">The existing opportunity.</param>
    /// <param name="opportunityAccountId">The opportunity's own account, if it has one.</param>
    public OpportunityRequiresAccountError(OpportunityId opportunityId, AccountId? opportunityAccountId)
        : base(
            ErrorCodes.OpportunityRequiresAccount,
            opportunityAccountId is { IsEmpty: false } own
                ? $"Linking opportunity {opportunityId} needs the existing account: give its account {own} as ExistingAccount."
                : $"Linking opportunity {opportunityId} needs the existing account: give the account it belongs to as ExistingAccount.")
    {
        OpportunityId = opportunityId;
        OpportunityAccountId = opportunityAccountId;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(OpportunityAccountId), OpportunityAccountId));
    }

    /// <summary>Gets the existing opportunity.</summary>
    public OpportunityId OpportunityId { get; }

    /// <summary>Gets the opportunity's own account, if it has one.</summary>
    public AccountId? OpportunityAccountId { get; }
}
