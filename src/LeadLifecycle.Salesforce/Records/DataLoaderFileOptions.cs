namespace LeadLifecycle.Salesforce;

/// <summary>Options of <see cref="ConversionResultWriter.WriteDataLoaderFiles(IEnumerable{Conversion.LeadConversion}, string, DataLoaderFileOptions)"/>.</summary>
public sealed record DataLoaderFileOptions
{
    /// <summary>Gets the id of the org's person-account record type, written as <c>RecordTypeId</c> of every person
    /// account (Setup, Object Manager, Account, Record Types, "Person Account"). Default: null, the placeholder
    /// <see cref="ConversionResultWriter.PersonAccountRecordTypePlaceholder"/>, which Data Loader refuses until
    /// replaced.</summary>
    public string? PersonAccountRecordTypeId { get; init; }
}
