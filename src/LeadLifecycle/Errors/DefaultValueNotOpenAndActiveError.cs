namespace LeadLifecycle.Errors;

/// <summary>A definition's default value (a lead process's default status, a sales process's first stage) is not open
/// and active: it is closed, converted or inactive (<see cref="ErrorCodes.DefaultValueNotOpenAndActive"/>).</summary>
/// <remarks>A definition error, found when the definition is built.</remarks>
public sealed class DefaultValueNotOpenAndActiveError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="DefaultValueNotOpenAndActiveError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    public DefaultValueNotOpenAndActiveError(string definition, string value, string detail)
        : base(ErrorCodes.DefaultValueNotOpenAndActive, definition, $"'{value}': {detail}")
    {
        Value = value;
        AddMetadata((nameof(Definition), Definition), (nameof(Value), Value));
    }

    /// <summary>Gets the value concerned.</summary>
    public string Value { get; }
}
