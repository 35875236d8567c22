using System.Text.Json.Serialization;

namespace LeadLifecycle.Leads;

/// <summary>A person you want to do business with who has not yet shown they want to do business with you.</summary>
/// <remarks>
/// An immutable record of Salesforce's standard lead fields. Create leads through <see cref="LeadWorkflow.Create"/>,
/// which validates them as Salesforce does and sets the id, status and creation time; every change returns a new
/// lead. Once <see cref="IsConverted"/> is set the lead is read-only: every verb refuses it.
/// </remarks>
public sealed record Lead
{
    /// <summary>Gets the lead's id; empty until the lead is created.</summary>
    public LeadId Id { get; init; }

    /// <summary>Gets the record's version: the optimistic concurrency token, one more after every successful verb.</summary>
    /// <remarks>Salesforce's <c>SystemModstamp</c> plays this role. A lead made by <c>LeadWorkflow.Create</c> is version 1; every successful
    /// verb (status verbs, qualification signals, converted-lead edits, conversion) returns it with the version
    /// increased by exactly 1, even a signal recorded before; a refused verb changes nothing. 0 means not yet versioned (a draft, or a record imported or read from JSON without one). The library
    /// never compares versions itself: store the new record only if the stored one still has the version the verb
    /// started from (LeadLifecycle.EntityFrameworkCore does this with a concurrency token).</remarks>
    public long Version { get; init; }

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

    /// <summary>Gets the company; required unless person-account leads are allowed.</summary>
    public string? Company { get; init; }

    /// <summary>Gets the email address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the mobile phone number.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the company's website.</summary>
    public string? Website { get; init; }

    /// <summary>Gets the postal address; null when none is known.</summary>
    public Address? Address { get; init; }

    /// <summary>Gets the company's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the company's annual revenue.</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary>Gets the company's number of employees.</summary>
    public int? NumberOfEmployees { get; init; }

    /// <summary>Gets the rating, a value set that orgs extend (Salesforce: Hot, Warm, Cold).</summary>
    public string? Rating { get; init; }

    /// <summary>Gets where the lead came from, a value set that orgs extend (e.g. Web, Partner Referral).</summary>
    public string? LeadSource { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the owner: a user or a queue.</summary>
    public OwnerId? OwnerId { get; init; }

    /// <summary>Gets the campaign to use as the opportunity's primary campaign source when the lead has no
    /// <see cref="CampaignMemberships"/>.</summary>
    /// <remarks>Salesforce's lead has no campaign field: the primary campaign source of the opportunity made by
    /// conversion is the lead's most recently associated campaign (its <c>CampaignMember</c> records). This
    /// property stands in for that link when memberships are not known, e.g. a campaign id kept in an import;
    /// memberships take precedence over it. See <see cref="PrimaryCampaignId"/>.</remarks>
    public CampaignId? CampaignId { get; init; }

    /// <summary>Gets the partner account the lead came through (Salesforce <c>Lead.PartnerAccountId</c>, partner
    /// relationship management).</summary>
    /// <remarks>Conversion maps it to the new opportunity's <see cref="Opportunities.Opportunity.PartnerAccountId"/>
    /// (Salesforce Help, "Lead Conversion Field Mapping": Partner Account to Opportunity), and fills an existing
    /// opportunity's only when that one has none.</remarks>
    public AccountId? PartnerAccountId { get; init; }

    /// <summary>Gets the campaigns the lead is a member of (Salesforce <c>CampaignMember</c> records), with when
    /// each was associated.</summary>
    public CampaignMemberships CampaignMemberships { get; init; } = CampaignMemberships.Empty;

    /// <summary>Gets the campaign that conversion makes the opportunity's primary campaign source: the most recently
    /// associated of <see cref="CampaignMemberships"/> (on a tie the later in the list), else <see cref="CampaignId"/>.</summary>
    [JsonIgnore]
    public CampaignId? PrimaryCampaignId => CampaignMemberships?.MostRecent?.CampaignId ?? CampaignId;

    /// <summary>Gets the company name in the local language (Salesforce <c>CompanyLocal</c>); goes to the account's
    /// <c>NameLocal</c>.</summary>
    public string? CompanyLocal { get; init; }

    /// <summary>Gets the first name in the local language (Salesforce <c>FirstNameLocal</c>); goes to the contact.</summary>
    public string? FirstNameLocal { get; init; }

    /// <summary>Gets the last name in the local language (Salesforce <c>LastNameLocal</c>); goes to the contact.</summary>
    public string? LastNameLocal { get; init; }

    /// <summary>Gets a value indicating whether the lead asked not to be called.</summary>
    public bool DoNotCall { get; init; }

    /// <summary>Gets a value indicating whether the lead opted out of email.</summary>
    public bool HasOptedOutOfEmail { get; init; }

    /// <summary>Gets a value indicating whether the lead opted out of fax.</summary>
    public bool HasOptedOutOfFax { get; init; }

    /// <summary>Gets the status name in the lead process; empty on a draft means the process default.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Gets the reason the lead was disqualified; cleared when it is recycled.</summary>
    public string? DisqualificationReason { get; init; }

    /// <summary>Gets the custom field values.</summary>
    public CustomFields CustomFields { get; init; } = CustomFields.Empty;

    /// <summary>Gets when the lead was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the lead raised a hand and showed interest, the earliest signal of readiness.</summary>
    public DateTimeOffset? InterestShownAt { get; init; }

    /// <summary>Gets when both sides agreed on an official meeting.</summary>
    public DateTimeOffset? MeetingAgreedAt { get; init; }

    /// <summary>Gets when the lead agreed on pricing, the ultimate signal of readiness.</summary>
    public DateTimeOffset? PricingAgreedAt { get; init; }

    /// <summary>Gets a value indicating whether the lead was converted; only lead conversion sets it.</summary>
    public bool IsConverted { get; init; }

    /// <summary>Gets the date of the conversion.</summary>
    public DateOnly? ConvertedDate { get; init; }

    /// <summary>Gets the account the lead was converted to.</summary>
    public AccountId? ConvertedAccountId { get; init; }

    /// <summary>Gets the contact the lead was converted to.</summary>
    public ContactId? ConvertedContactId { get; init; }

    /// <summary>Gets the opportunity the conversion created or linked, if any.</summary>
    public OpportunityId? ConvertedOpportunityId { get; init; }

    /// <summary>Gets the person's full name: first, middle and last name and suffix, as present.</summary>
    [JsonIgnore]
    public string Name => string.Join(' ', new[] { FirstName, MiddleName, LastName, Suffix }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
