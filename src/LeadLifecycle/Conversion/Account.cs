namespace LeadLifecycle.Conversion;

/// <summary>A company you do business with: the account a converted lead's company becomes; or, as a person
/// account, the person themselves.</summary>
/// <remarks>
/// <para>An immutable record of the Salesforce standard account fields that lead conversion fills. Conversion
/// creates a new account from the lead, or merges the lead into an existing one by filling only its empty fields.</para>
/// <para>A person account (<see cref="IsPersonAccount"/>; Salesforce Object Reference, "Account": "person accounts")
/// is an account that is also a contact: it carries the person's names and the <c>Person*</c> fields, its
/// <see cref="Name"/> is the person's name, and <see cref="PersonContactId"/> is the id of the contact record that
/// Salesforce keeps behind it. Business-account fields stay empty on it except the shared ones (phone, fax, website,
/// billing address, industry, rating, source, owner, description).</para>
/// </remarks>
public sealed record Account
{
    /// <summary>Gets the account's id.</summary>
    public AccountId Id { get; init; }

    /// <summary>Gets the record's version: the optimistic concurrency token, one more after every change the library makes.</summary>
    /// <remarks>Salesforce's <c>SystemModstamp</c> plays this role. A record made by a lead conversion is version 1; a conversion that merges a lead into
    /// an existing record returns it with the version increased by exactly 1; a refused conversion changes
    /// nothing. 0 means not yet versioned (a draft, or a record imported or read from JSON without one). The library
    /// never compares versions itself: store the new record only if the stored one still has the version the verb
    /// started from (LeadLifecycle.EntityFrameworkCore does this with a concurrency token).</remarks>
    public long Version { get; init; }

    /// <summary>Gets the account name; a new account takes the lead's company.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the billing address; a new account takes the lead's address.</summary>
    public Address? BillingAddress { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the website.</summary>
    public string? Website { get; init; }

    /// <summary>Gets the industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the annual revenue.</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary>Gets the number of employees.</summary>
    public int? NumberOfEmployees { get; init; }

    /// <summary>Gets the rating (Salesforce: Hot, Warm, Cold).</summary>
    public string? Rating { get; init; }

    /// <summary>Gets where the account came from; newer orgs fill it from the lead source.</summary>
    public string? AccountSource { get; init; }

    /// <summary>Gets the owner: the user responsible for the account.</summary>
    public OwnerId? OwnerId { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the account name in the local language (Salesforce <c>NameLocal</c>); a new account takes
    /// the lead's <c>CompanyLocal</c>.</summary>
    public string? NameLocal { get; init; }

    /// <summary>Gets the custom field values.</summary>
    public CustomFields CustomFields { get; init; } = CustomFields.Empty;

    /// <summary>Gets a value indicating whether this is a person account: an account that is also the contact.</summary>
    public bool IsPersonAccount { get; init; }

    /// <summary>Gets the id of the contact record behind a person account (Salesforce <c>PersonContactId</c>); null
    /// for a business account.</summary>
    public ContactId? PersonContactId { get; init; }

    /// <summary>Gets a person account's salutation.</summary>
    public string? Salutation { get; init; }

    /// <summary>Gets a person account's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets a person account's middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Gets a person account's last name; required on a person account.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets a person account's name suffix.</summary>
    public string? Suffix { get; init; }

    /// <summary>Gets a person account's first name in the local language.</summary>
    public string? FirstNameLocal { get; init; }

    /// <summary>Gets a person account's last name in the local language.</summary>
    public string? LastNameLocal { get; init; }

    /// <summary>Gets a person account's job title (<c>PersonTitle</c>).</summary>
    public string? PersonTitle { get; init; }

    /// <summary>Gets a person account's email address (<c>PersonEmail</c>).</summary>
    public string? PersonEmail { get; init; }

    /// <summary>Gets a person account's mobile phone (<c>PersonMobilePhone</c>).</summary>
    public string? PersonMobilePhone { get; init; }

    /// <summary>Gets a person account's mailing address (<c>PersonMailing*</c>); a new person account takes the
    /// lead's address here and as its billing address.</summary>
    public Address? PersonMailingAddress { get; init; }

    /// <summary>Gets where the person came from (<c>PersonLeadSource</c>).</summary>
    public string? PersonLeadSource { get; init; }

    /// <summary>Gets a value indicating whether the person asked not to be called (<c>PersonDoNotCall</c>).</summary>
    public bool PersonDoNotCall { get; init; }

    /// <summary>Gets a value indicating whether the person opted out of email (<c>PersonHasOptedOutOfEmail</c>).</summary>
    public bool PersonHasOptedOutOfEmail { get; init; }

    /// <summary>Gets a value indicating whether the person opted out of fax (<c>PersonHasOptedOutOfFax</c>).</summary>
    public bool PersonHasOptedOutOfFax { get; init; }
}
