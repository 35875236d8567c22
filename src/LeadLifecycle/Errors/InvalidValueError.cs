namespace LeadLifecycle.Errors;

/// <summary>A value of a definition is inconsistent in itself (<see cref="ErrorCodes.InvalidValue"/>).</summary>
public sealed class InvalidValueError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidValueError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    /// <param name="valueKind">What kind of value it is (status, stage, field mapping); null when not known.</param>
    public InvalidValueError(string definition, string value, string detail, DefinitionValueKind? valueKind = null)
        : base(ErrorCodes.InvalidValue, definition, value, valueKind, $"'{value}': {detail}")
    {
    }
}
