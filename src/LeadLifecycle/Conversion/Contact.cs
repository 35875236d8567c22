namespace LeadLifecycle.Conversion;

/// <summary>A person at an account: the contact a converted lead becomes.</summary>
/// <remarks>An immutable record of the Salesforce standard contact fields that lead conversion fills. Conversion
/// creates a new contact from the lead, or merges the lead into an existing one by filling only its empty fields;
/// do-not-call and email opt-out of an existing contact are never changed (Salesforce's exemption covers only those
/// two; an empty fax opt-out is filled like any other empty field). A person account's contact is the contact record
/// behind the account (<see cref="Account.PersonContactId"/>).</remarks>
public sealed record Contact
{
    /// <summary>Gets the contact's id.</summary>
    public ContactId Id { get; init; }

    /// <summary>Gets the record's version: the optimistic concurrency token, one more after every change the library makes.</summary>
    /// <remarks>Salesforce's <c>SystemModstamp</c> plays this role. A record made by a lead conversion is version 1; a conversion that merges a lead into
    /// an existing record returns it with the version increased by exactly 1; a refused conversion changes
    /// nothing. 0 means not yet versioned (a draft, or a record imported or read from JSON without one). The library
    /// never compares versions itself: store the new record only if the stored one still has the version the verb
    /// started from (LeadLifecycle.EntityFrameworkCore does this with a concurrency token).</remarks>
    public long Version { get; init; }

    /// <summary>Gets the account the contact belongs to.</summary>
    public AccountId? AccountId { get; init; }

    /// <summary>Gets the salutation, e.g. "Ms.".</summary>
    public string? Salutation { get; init; }

    /// <summary>Gets the first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Gets the last name; required.</summary>
    public string LastName { get; init; } = string.Empty;

    /// <summary>Gets the name suffix, e.g. "Jr.".</summary>
    public string? Suffix { get; init; }

    /// <summary>Gets the job title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the email address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the mobile phone number.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the mailing address; a new contact takes the lead's address.</summary>
    public Address? MailingAddress { get; init; }

    /// <summary>Gets where the contact came from.</summary>
    public string? LeadSource { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the contact asked not to be called.</summary>
    public bool DoNotCall { get; init; }

    /// <summary>Gets a value indicating whether the contact opted out of email.</summary>
    public bool HasOptedOutOfEmail { get; init; }

    /// <summary>Gets a value indicating whether the contact opted out of fax.</summary>
    public bool HasOptedOutOfFax { get; init; }

    /// <summary>Gets the owner: the user responsible for the contact.</summary>
    public OwnerId? OwnerId { get; init; }

    /// <summary>Gets the first name in the local language (Salesforce <c>FirstNameLocal</c>).</summary>
    public string? FirstNameLocal { get; init; }

    /// <summary>Gets the last name in the local language (Salesforce <c>LastNameLocal</c>).</summary>
    public string? LastNameLocal { get; init; }

    /// <summary>Gets the custom field values.</summary>
    public CustomFields CustomFields { get; init; } = CustomFields.Empty;

    /// <summary>Gets the person's full name: first, middle and last name and suffix, as present.</summary>
    public string Name => FullName(FirstName, MiddleName, LastName, Suffix);

    /// <summary>A person's full name: the parts present, separated by spaces.</summary>
    internal static string FullName(string? first, string? middle, string? last, string? suffix) =>
        string.Join(' ', new[] { first, middle, last, suffix }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
