namespace LeadLifecycle.Errors;

/// <summary>A sales process lacks a kind of stage it needs (<see cref="ErrorCodes.RequiredStageMissing"/>).</summary>
public sealed class RequiredStageMissingError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="RequiredStageMissingError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="missing">The kind of stage missing, e.g. "an active won stage".</param>
    public RequiredStageMissingError(string definition, string missing)
        : base(ErrorCodes.RequiredStageMissing, definition, $"the process needs {missing}.")
    {
        Missing = missing;
        AddMetadata((nameof(Definition), Definition), (nameof(Missing), Missing));
    }

    /// <summary>Gets the kind of stage missing.</summary>
    public string Missing { get; }
}
