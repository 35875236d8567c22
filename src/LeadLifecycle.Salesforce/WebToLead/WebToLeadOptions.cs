namespace LeadLifecycle.Salesforce;

/// <summary>How <see cref="WebToLeadIntake"/> reads Web-to-Lead form posts.</summary>
public sealed record WebToLeadOptions
{
    /// <summary>The default <see cref="MaxValueLength"/>: 32,000 characters, the limit of the lead's Description
    /// (and of a long text area custom field's default length).</summary>
    public const int DefaultMaxValueLength = 32_000;

    /// <summary>The default <see cref="MaxFieldCount"/>: 500 fields.</summary>
    public const int DefaultMaxFieldCount = 500;

    /// <summary>Gets the default options.</summary>
    public static WebToLeadOptions Default { get; } = new();

    /// <summary>Gets the custom fields the form may post: each custom field's id (the 15-character <c>00N...</c> id
    /// the generated form uses as the input's name, or its 18-character form) mapped to the field's API name on the
    /// lead, e.g. <c>["00N5g00000AbCdE"] = "Budget__c"</c>.</summary>
    /// <remarks>Default: none. Ids compare case-sensitively, as Salesforce's 15-character ids do; an 18-character id
    /// is matched by its first 15 characters. Values land in <see cref="Leads.Lead.CustomFields"/> under the API
    /// name.</remarks>
    public IReadOnlyDictionary<string, string> CustomFieldIds { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets what happens to a form field that is neither a Web-to-Lead field, a mapped custom field id, nor
    /// an ignored field (<see cref="WebToLeadIntake.IgnoredFields"/>).</summary>
    /// <remarks>Default: <see cref="WebToLeadUnknownFields.Reject"/>, one error per such field.</remarks>
    public WebToLeadUnknownFields UnknownFields { get; init; } = WebToLeadUnknownFields.Reject;

    /// <summary>Gets the longest value accepted for any field, in characters; a longer value is reported
    /// (<see cref="WebToLeadProblem.ValueTooLong"/>) and not copied into the error.</summary>
    /// <remarks>Default: <see cref="DefaultMaxValueLength"/>. Standard fields also keep their own, shorter limits
    /// (<see cref="Leads.LeadFieldLimits"/>), checked by the lead's validation.</remarks>
    public int MaxValueLength { get; init; } = DefaultMaxValueLength;

    /// <summary>Gets the most form fields (name and value pairs, ignored ones included) read from one post; a larger
    /// form is refused as a whole (<see cref="WebToLeadProblem.TooManyFields"/>).</summary>
    /// <remarks>Default: <see cref="DefaultMaxFieldCount"/>.</remarks>
    public int MaxFieldCount { get; init; } = DefaultMaxFieldCount;
}
