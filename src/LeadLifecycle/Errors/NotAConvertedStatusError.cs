namespace LeadLifecycle.Errors;

/// <summary>The converted status of a conversion does not carry the converted flag (<see cref="ErrorCodes.InvalidConvertedStatus"/>).</summary>
public sealed class NotAConvertedStatusError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="NotAConvertedStatusError"/> class.</summary>
    /// <param name="status">The status given.</param>
    /// <param name="process">The name of the lead process.</param>
    public NotAConvertedStatusError(string status, string process)
        : base(ErrorCodes.InvalidConvertedStatus, $"Status '{status}' of lead process '{process}' is not a converted status.")
    {
        Status = status;
        Process = process;
    }

    /// <summary>Gets the status given.</summary>
    public string Status { get; }

    /// <summary>Gets the name of the lead process.</summary>
    public string Process { get; }
}
