namespace LeadLifecycle.Errors;

/// <summary>A conversion's existing contact does not belong to its existing account (<see cref="ErrorCodes.ContactNotOnAccount"/>).</summary>
public sealed class ContactNotOnAccountError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ContactNotOnAccountError"/> class.</summary>
    /// <param name="contactId">The existing contact.</param>
    /// <param name="contactAccountId">The contact's account, if any.</param>
    /// <param name="accountId">The existing account of the conversion.</param>
    public ContactNotOnAccountError(ContactId contactId, AccountId? contactAccountId, AccountId accountId)
        : base(ErrorCodes.ContactNotOnAccount, $"Contact {contactId} belongs to account '{contactAccountId}', not to {accountId}.")
    {
        ContactId = contactId;
        ContactAccountId = contactAccountId;
        AccountId = accountId;
        AddMetadata((nameof(ContactId), ContactId), (nameof(ContactAccountId), ContactAccountId), (nameof(AccountId), AccountId));
    }

    /// <summary>Gets the existing contact.</summary>
    public ContactId ContactId { get; }

    /// <summary>Gets the contact's account, if any.</summary>
    public AccountId? ContactAccountId { get; }

    /// <summary>Gets the existing account of the conversion.</summary>
    public AccountId AccountId { get; }
}
