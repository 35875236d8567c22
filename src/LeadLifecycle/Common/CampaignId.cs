namespace LeadLifecycle;

/// <summary>Identifies a marketing campaign.</summary>
/// <remarks>Ids are opaque strings, so Salesforce ids (`00Q...`) and the library's own generated ids both fit.</remarks>
/// <param name="Value">The id text; never empty for a real record.</param>
public readonly record struct CampaignId(string Value)
{
    /// <summary>Gets a value indicating whether this id was never assigned.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text, or an empty string for an unassigned id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
