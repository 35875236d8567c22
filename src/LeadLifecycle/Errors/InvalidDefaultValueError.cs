namespace LeadLifecycle.Errors;

/// <summary>A definition's default value cannot be a default (<see cref="ErrorCodes.InvalidDefaultValue"/>).</summary>
public sealed class InvalidDefaultValueError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidDefaultValueError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    /// <param name="valueKind">What kind of value it is (status, stage, field mapping); null when not known.</param>
    public InvalidDefaultValueError(string definition, string value, string detail, DefinitionValueKind? valueKind = null)
        : base(ErrorCodes.InvalidDefaultValue, definition, value, valueKind, $"'{value}': {detail}")
    {
    }
}
