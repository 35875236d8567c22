namespace LeadLifecycle.Errors;

/// <summary>A lead process definition has no converted status (<see cref="ErrorCodes.ProcessWithoutConvertedStatus"/>).</summary>
/// <remarks>A definition error, found when the process is built. Its counterpart for a conversion request that names a
/// status without the converted flag is <see cref="RequestedStatusNotConvertedError"/>.</remarks>
public sealed class ProcessWithoutConvertedStatusError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="ProcessWithoutConvertedStatusError"/> class.</summary>
    /// <param name="definition">The name of the lead process.</param>
    public ProcessWithoutConvertedStatusError(string definition)
        : base(ErrorCodes.ProcessWithoutConvertedStatus, definition, "at least one status must be a converted status (AddConvertedStatus).")
    {
        AddMetadata((nameof(Definition), Definition));
    }
}
