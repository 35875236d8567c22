namespace LeadLifecycle.Errors;

/// <summary>A conversion names an existing contact but no existing account (<see cref="ErrorCodes.ContactRequiresAccount"/>).</summary>
public sealed class ContactRequiresAccountError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ContactRequiresAccountError"/> class.</summary>
    /// <param name="contactId">The existing contact.</param>
    public ContactRequiresAccountError(ContactId contactId)
        : base(ErrorCodes.ContactRequiresAccount, $"Converting into contact {contactId} needs its account as the existing account.")
    {
        ContactId = contactId;
        AddMetadata((nameof(ContactId), ContactId));
    }

    /// <summary>Gets the existing contact.</summary>
    public ContactId ContactId { get; }
}
