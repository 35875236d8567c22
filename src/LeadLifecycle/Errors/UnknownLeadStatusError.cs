namespace LeadLifecycle.Errors;

/// <summary>A status is not part of the lead process (<see cref="ErrorCodes.UnknownLeadStatus"/>).</summary>
public sealed class UnknownLeadStatusError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="UnknownLeadStatusError"/> class.</summary>
    /// <param name="status">The status given.</param>
    /// <param name="process">The name of the lead process.</param>
    public UnknownLeadStatusError(string status, string process)
        : base(ErrorCodes.UnknownLeadStatus, $"Status '{status}' is not part of lead process '{process}': use one of the process's statuses (LeadProcess.Statuses).")
    {
        Status = status;
        Process = process;
        AddMetadata((nameof(Status), Status), (nameof(Process), Process));
    }

    /// <summary>Gets the status given.</summary>
    public string Status { get; }

    /// <summary>Gets the name of the lead process.</summary>
    public string Process { get; }
}
