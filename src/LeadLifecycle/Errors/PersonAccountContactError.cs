namespace LeadLifecycle.Errors;

/// <summary>A conversion into an existing person account also names an existing contact
/// (<see cref="ErrorCodes.PersonAccountContact"/>).</summary>
/// <remarks>Salesforce LeadConvert, <c>setContactId</c>: "If you are converting a lead into a person account, do not
/// specify the contactId or an error will result. Specify only the accountId of the person account."</remarks>
public sealed class PersonAccountContactError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="PersonAccountContactError"/> class.</summary>
    /// <param name="accountId">The existing person account.</param>
    /// <param name="contactId">The existing contact the request named.</param>
    public PersonAccountContactError(AccountId accountId, ContactId contactId)
        : base(ErrorCodes.PersonAccountContact, $"Account {accountId} is a person account: it is its own contact. Give only ExistingAccount and leave ExistingContact ({contactId}) empty.")
    {
        AccountId = accountId;
        ContactId = contactId;
        AddMetadata((nameof(AccountId), AccountId), (nameof(ContactId), ContactId));
    }

    /// <summary>Gets the existing person account.</summary>
    public AccountId AccountId { get; }

    /// <summary>Gets the existing contact the request named.</summary>
    public ContactId ContactId { get; }
}
