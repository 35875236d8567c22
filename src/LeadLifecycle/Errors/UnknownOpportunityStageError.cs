namespace LeadLifecycle.Errors;

/// <summary>A stage is not part of the sales process (<see cref="ErrorCodes.UnknownOpportunityStage"/>).</summary>
public sealed class UnknownOpportunityStageError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="UnknownOpportunityStageError"/> class.</summary>
    /// <param name="stage">The stage given.</param>
    /// <param name="process">The name of the sales process.</param>
    public UnknownOpportunityStageError(string stage, string process)
        : base(ErrorCodes.UnknownOpportunityStage, $"Stage '{stage}' is not part of sales process '{process}': use one of the process's stages (SalesProcess.Stages).")
    {
        Stage = stage;
        Process = process;
        AddMetadata((nameof(Stage), Stage), (nameof(Process), Process));
    }

    /// <summary>Gets the stage given.</summary>
    public string Stage { get; }

    /// <summary>Gets the name of the sales process.</summary>
    public string Process { get; }
}
