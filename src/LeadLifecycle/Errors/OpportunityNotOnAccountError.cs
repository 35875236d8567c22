namespace LeadLifecycle.Errors;

/// <summary>A conversion's existing opportunity does not belong to its existing account (<see cref="ErrorCodes.OpportunityNotOnAccount"/>).</summary>
public sealed class OpportunityNotOnAccountError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OpportunityNotOnAccountError"/> class.</summary>
    /// <param name="opportunityId">The existing opportunity.</param>
    /// <param name="opportunityAccountId">The opportunity's account, if any.</param>
    /// <param name="accountId">The existing account of the conversion; null when the conversion creates one.</param>
    public OpportunityNotOnAccountError(OpportunityId opportunityId, AccountId? opportunityAccountId, AccountId? accountId)
        : base(ErrorCodes.OpportunityNotOnAccount, $"Opportunity {opportunityId} belongs to account '{opportunityAccountId}', not to the conversion's account '{accountId}'.")
    {
        OpportunityId = opportunityId;
        OpportunityAccountId = opportunityAccountId;
        AccountId = accountId;
        AddMetadata((nameof(OpportunityId), OpportunityId), (nameof(OpportunityAccountId), OpportunityAccountId), (nameof(AccountId), AccountId));
    }

    /// <summary>Gets the existing opportunity.</summary>
    public OpportunityId OpportunityId { get; }

    /// <summary>Gets the opportunity's account, if any.</summary>
    public AccountId? OpportunityAccountId { get; }

    /// <summary>Gets the existing account of the conversion; null when the conversion creates one.</summary>
    public AccountId? AccountId { get; }
}
