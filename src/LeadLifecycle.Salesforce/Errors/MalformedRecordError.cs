using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A record as a whole cannot be read (<see cref="SalesforceErrorCodes.MalformedRecord"/>): a CSV row with
/// another number of fields than the header, a JSON record that is not an object or not a lead.</summary>
public sealed class MalformedRecordError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="MalformedRecordError"/> class.</summary>
    /// <param name="source">The file's path or name.</param>
    /// <param name="row">The 1-based record number, the header not counted.</param>
    /// <param name="line">The 1-based line the record starts on; 0 when unknown.</param>
    /// <param name="detail">What is wrong.</param>
    public MalformedRecordError(string source, int row, int line, string detail)
        : base(SalesforceErrorCodes.MalformedRecord, $"{source}: row {row}{(line > 0 ? $" (line {line})" : string.Empty)}: {detail}")
    {
        Source = source;
        Row = row;
        Line = line;
        Detail = detail;
        AddMetadata((nameof(Source), Source), (nameof(Row), Row), (nameof(Line), Line), (nameof(Detail), Detail));
    }

    /// <summary>Gets the file's path or name.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based record number, the header not counted.</summary>
    public int Row { get; }

    /// <summary>Gets the 1-based line the record starts on; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Detail { get; }
}
