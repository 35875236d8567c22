namespace LeadLifecycle.Errors;

/// <summary>A definition has no default value, or more than one (<see cref="ErrorCodes.DefaultValueCount"/>).</summary>
public sealed class DefaultValueCountError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="DefaultValueCountError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="defaults">The values marked as default.</param>
    public DefaultValueCountError(string definition, IReadOnlyList<string> defaults)
        : base(ErrorCodes.DefaultValueCount, definition, defaults.Count == 0
            ? "exactly one value must be the default; none is."
            : $"exactly one value must be the default; {defaults.Count} are: {string.Join(", ", defaults)}.")
    {
        Defaults = defaults;
        AddMetadata((nameof(Definition), Definition), (nameof(Defaults), Defaults));
    }

    /// <summary>Gets the values marked as default.</summary>
    public IReadOnlyList<string> Defaults { get; }
}
