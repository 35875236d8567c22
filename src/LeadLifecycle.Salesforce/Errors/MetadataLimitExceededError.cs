using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A metadata file goes past one of the limits of <see cref="SalesforceMetadataOptions"/>
/// (<see cref="SalesforceErrorCodes.MetadataLimitExceeded"/>): its size, its nesting depth or the number of values in a set.</summary>
/// <remarks>Reading stops at the limit, so the cost of a hostile file is bounded by the limit, not by the file. Raise the
/// option named by <see cref="Limit"/> to read a larger file you trust.</remarks>
public sealed class MetadataLimitExceededError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="MetadataLimitExceededError"/> class.</summary>
    /// <param name="file">The file's path or name.</param>
    /// <param name="line">The 1-based line where the limit was reached; 0 when the whole file is concerned.</param>
    /// <param name="limit">The name of the option that sets the limit, e.g. <c>MaxDepth</c>.</param>
    /// <param name="maximum">The limit's value.</param>
    /// <param name="detail">What went past the limit.</param>
    public MetadataLimitExceededError(string file, int line, string limit, long maximum, string detail)
        : base(
            SalesforceErrorCodes.MetadataLimitExceeded,
            (line > 0 ? $"{file}({line}): " : $"{file}: ") + $"{detail} The limit is {maximum} (SalesforceMetadataOptions.{limit}); raise it to read a larger file you trust.")
    {
        File = file;
        Line = line;
        Limit = limit;
        Maximum = maximum;
        Detail = detail;
        Metadata[nameof(File)] = file;
        Metadata[nameof(Line)] = line;
        Metadata[nameof(Limit)] = limit;
        Metadata[nameof(Maximum)] = maximum;
        Metadata[nameof(Detail)] = detail;
    }

    /// <summary>Gets the file's path or name.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line where the limit was reached; 0 when the whole file is concerned.</summary>
    public int Line { get; }

    /// <summary>Gets the name of the <see cref="SalesforceMetadataOptions"/> property that sets the limit:
    /// <c>MaxFileSizeBytes</c>, <c>MaxDepth</c> or <c>MaxValuesPerSet</c>.</summary>
    public string Limit { get; }

    /// <summary>Gets the limit's value.</summary>
    public long Maximum { get; }

    /// <summary>Gets what went past the limit.</summary>
    public string Detail { get; }
}
