namespace LeadLifecycle.Errors;

/// <summary>A new opportunity would start in a sales process that has no active open stage, e.g. a process of closed
/// stages only (<see cref="ErrorCodes.NoOpenStage"/>).</summary>
/// <remarks>Such processes are valid, as real orgs have them; name a closed stage to import a closed opportunity, or
/// use another sales process.</remarks>
public sealed class NoOpenStageError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="NoOpenStageError"/> class.</summary>
    /// <param name="salesProcess">The sales process's name.</param>
    public NoOpenStageError(string salesProcess)
        : base(ErrorCodes.NoOpenStage, $"Sales process '{salesProcess}' has no active open stage for a new opportunity to start in: name one of its closed stages to create a closed opportunity, or use a sales process with an open stage.")
    {
        Process = salesProcess;
        AddMetadata((nameof(Process), Process));
    }

    /// <summary>Gets the sales process's name.</summary>
    public string Process { get; }
}
