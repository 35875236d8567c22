using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A file cannot be read as what it claims to be (<see cref="SalesforceErrorCodes.MalformedFile"/>).</summary>
/// <remarks>Covers XML or JSON that is not well-formed, a file past the size limit, a DTD, an unexpected root element,
/// and an element whose value has the wrong type.</remarks>
public sealed class MalformedFileError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="MalformedFileError"/> class.</summary>
    /// <param name="file">The file's path or name.</param>
    /// <param name="line">The 1-based line of the problem; 0 when the whole file is concerned.</param>
    /// <param name="detail">What is wrong.</param>
    public MalformedFileError(string file, int line, string detail)
        : base(SalesforceErrorCodes.MalformedFile, line > 0 ? $"{file}({line}): {detail}" : $"{file}: {detail}")
    {
        File = file;
        Line = line;
        Detail = detail;
        AddMetadata((nameof(File), File), (nameof(Line), Line), (nameof(Detail), Detail));
    }

    /// <summary>Gets the file's path or name.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line of the problem; 0 when the whole file is concerned.</summary>
    public int Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Detail { get; }
}
