namespace LeadLifecycle.Conversion;

/// <summary>A company you do business with: the account a converted lead's company becomes.</summary>
/// <remarks>An immutable record of the Salesforce standard account fields that lead conversion fills. Conversion
/// creates a new account from the lead, or merges the lead into an existing one by filling only its empty fields.</remarks>
public sealed record Account
{
    /// <summary>Gets the account's id.</summary>
    public AccountId Id { get; init; }

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

    /// <summary>Gets the custom field values.</summary>
    public CustomFields CustomFields { get; init; } = CustomFields.Empty;
}
