using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>The options of one lead conversion, as Salesforce's <c>LeadConvert</c> has them.</summary>
/// <remarks>
/// Rules, each reported as its own typed error, all at once: the converted status is required and must carry the
/// converted flag; an existing contact requires the existing account and must belong to it; an existing opportunity
/// and an opportunity name are mutually exclusive, and an existing opportunity must belong to the existing account;
/// the name is at most 80 characters; with <see cref="DoNotCreateOpportunity"/> neither may be given; overwriting
/// the lead source needs an existing contact; a lead owned by a queue needs <see cref="OwnerId"/>; an existing
/// person account takes no existing contact (its contact is the account); <see cref="SalesProcess"/> is only for a
/// new opportunity.
/// </remarks>
public sealed record ConversionRequest
{
    /// <summary>The longest opportunity name a request may give, in characters (Salesforce's limit).</summary>
    public const int OpportunityNameMaxLength = 80;

    /// <summary>Initializes a new instance of the <see cref="ConversionRequest"/> class.</summary>
    /// <param name="convertedStatus">The converted status the lead ends in; must carry the converted flag.</param>
    public ConversionRequest(string convertedStatus)
    {
        ConvertedStatus = convertedStatus;
    }

    /// <summary>Gets the converted status the lead ends in; required, and the status must carry the converted flag.</summary>
    public string ConvertedStatus { get; init; }

    /// <summary>Gets the existing account to merge the lead into instead of creating one; null creates one.</summary>
    public Account? ExistingAccount { get; init; }

    /// <summary>Gets the existing contact to merge the lead into; requires <see cref="ExistingAccount"/> and must
    /// belong to it. Null creates a contact.</summary>
    public Contact? ExistingContact { get; init; }

    /// <summary>Gets the existing opportunity to link the lead to; excludes <see cref="OpportunityName"/> and must
    /// belong to <see cref="ExistingAccount"/>.</summary>
    public Opportunity? ExistingOpportunity { get; init; }

    /// <summary>Gets the name of the new opportunity, at most 80 characters; null for the lead's company (the API
    /// default).</summary>
    public string? OpportunityName { get; init; }

    /// <summary>Gets a value indicating whether no opportunity is created: a contact and account only. Default: false.</summary>
    public bool DoNotCreateOpportunity { get; init; }

    /// <summary>Gets a value indicating whether the lead source overwrites the existing contact's lead source.
    /// Only with <see cref="ExistingContact"/>. Default: false, an existing lead source is kept.</summary>
    public bool OverwriteLeadSource { get; init; }

    /// <summary>Gets the owner of the newly created records; null for the lead's owner. Existing records keep their
    /// owners. Required when the lead is owned by a queue.</summary>
    public OwnerId? OwnerId { get; init; }

    /// <summary>Gets a value indicating whether new records are created even when the duplicate matcher finds
    /// matches. Default: false, matches fail the conversion.</summary>
    public bool AllowDuplicates { get; init; }

    /// <summary>Gets the sales process the new opportunity starts in; null for the converter's
    /// (<see cref="LeadConverterOptions.SalesProcess"/>).</summary>
    /// <remarks>In Salesforce the new opportunity's record type (and so its sales process) follows the new owner's
    /// default record type (Salesforce Help, "Convert Leads"); choose it here per conversion, e.g. the owner's.
    /// Only for a new opportunity: with <see cref="ExistingOpportunity"/> or <see cref="DoNotCreateOpportunity"/>
    /// it is refused with <c>INVALID_FIELD_VALUE</c>. <see cref="LeadConversion.SalesProcessName"/> reports the process used.</remarks>
    public SalesProcess? SalesProcess { get; init; }

    /// <summary>Gets the converting user's time zone, whose date is "today" for the converted date and the close
    /// date; null for the converter's (<see cref="LeadConverterOptions.TimeZone"/>).</summary>
    /// <remarks>Salesforce takes dates in the running user's time zone: a conversion at 23:30 in New York on
    /// 31 March is dated 31 March although it is already 1 April in UTC.</remarks>
    public TimeZoneInfo? TimeZone { get; init; }
}
