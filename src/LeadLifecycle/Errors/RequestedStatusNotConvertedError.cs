namespace LeadLifecycle.Errors;

/// <summary>The converted status a conversion request names does not carry the converted flag
/// (<see cref="ErrorCodes.InvalidConvertedStatus"/>, Salesforce's <c>INVALID_STATUS</c>).</summary>
/// <remarks>A request error, returned by the converter. Its counterpart for a lead process definition without any
/// converted status is <see cref="ProcessWithoutConvertedStatusError"/>.</remarks>
public sealed class RequestedStatusNotConvertedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="RequestedStatusNotConvertedError"/> class.</summary>
    /// <param name="status">The status given.</param>
    /// <param name="process">The name of the lead process.</param>
    /// <param name="convertedStatuses">The process's converted statuses, one of which the request must name; null when
    /// the caller does not list them.</param>
    public RequestedStatusNotConvertedError(string status, string process, IReadOnlyList<string>? convertedStatuses = null)
        : base(ErrorCodes.InvalidConvertedStatus, BuildMessage(status, process, convertedStatuses ?? []))
    {
        Status = status;
        Process = process;
        ConvertedStatuses = convertedStatuses ?? [];
        AddMetadata((nameof(Status), Status), (nameof(Process), Process), (nameof(ConvertedStatuses), ConvertedStatuses));
    }

    /// <summary>Gets the status given.</summary>
    public string Status { get; }

    /// <summary>Gets the name of the lead process.</summary>
    public string Process { get; }

    /// <summary>Gets the process's converted statuses, one of which the request must name; empty when not listed.</summary>
    public IReadOnlyList<string> ConvertedStatuses { get; }

    private static string BuildMessage(string status, string process, IReadOnlyList<string> converted) =>
        converted.Count == 0
            ? $"Status '{status}' of lead process '{process}' is not a converted status: name a status whose converted flag is set."
            : $"Status '{status}' of lead process '{process}' is not a converted status: name one of {ErrorText.Quoted(converted)}.";
}
