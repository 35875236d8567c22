namespace LeadLifecycle.Errors;

/// <summary>A lead process has no converted status (<see cref="ErrorCodes.NoConvertedStatus"/>).</summary>
public sealed class NoConvertedStatusError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="NoConvertedStatusError"/> class.</summary>
    /// <param name="definition">The name of the lead process.</param>
    public NoConvertedStatusError(string definition)
        : base(ErrorCodes.NoConvertedStatus, definition, "at least one status must be a converted status.")
    {
    }
}
