namespace LeadLifecycle.Errors;

/// <summary>JSON could not be read: malformed, or a value of the wrong type (<see cref="ErrorCodes.InvalidJson"/>).</summary>
public sealed class InvalidJsonError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidJsonError"/> class.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.annualRevenue</c>.</param>
    /// <param name="detail">What is wrong.</param>
    public InvalidJsonError(string path, string detail)
        : base(ErrorCodes.InvalidJson, $"Invalid JSON at {path}: {detail}")
    {
        Path = path;
        Detail = detail;
        AddMetadata((nameof(Path), Path), (nameof(Detail), Detail));
    }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Detail { get; }
}
