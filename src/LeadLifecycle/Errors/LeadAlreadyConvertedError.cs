namespace LeadLifecycle.Errors;

/// <summary>The lead is converted and can no longer change (<see cref="ErrorCodes.CannotUpdateConvertedLead"/>).</summary>
/// <remarks>Carries the records the earlier conversion produced, so that a retry can link to them.</remarks>
public sealed class LeadAlreadyConvertedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="LeadAlreadyConvertedError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    /// <param name="accountId">The account the lead was converted to, if known.</param>
    /// <param name="contactId">The contact the lead was converted to, if known.</param>
    /// <param name="opportunityId">The opportunity the conversion created or linked, if any.</param>
    public LeadAlreadyConvertedError(LeadId leadId, AccountId? accountId, ContactId? contactId, OpportunityId? opportunityId)
        : base(ErrorCodes.CannotUpdateConvertedLead, $"Lead {leadId} is converted and cannot be changed: a converted lead is read-only; work with its account, contact and opportunity.")
    {
        LeadId = leadId;
        AccountId = accountId;
        ContactId = contactId;
        OpportunityId = opportunityId;
        AddMetadata((nameof(LeadId), LeadId), (nameof(AccountId), AccountId), (nameof(ContactId), ContactId), (nameof(OpportunityId), OpportunityId));
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the account the lead was converted to, if known.</summary>
    public AccountId? AccountId { get; }

    /// <summary>Gets the contact the lead was converted to, if known.</summary>
    public ContactId? ContactId { get; }

    /// <summary>Gets the opportunity the conversion created or linked, if any.</summary>
    public OpportunityId? OpportunityId { get; }
}
