namespace LeadLifecycle.Errors;

/// <summary>A definition names a value its value set does not hold (<see cref="ErrorCodes.UnknownValue"/>).</summary>
public sealed class UnknownValueError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="UnknownValueError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    /// <param name="valueKind">What kind of value it is (status, stage, field mapping); null when not known.</param>
    public UnknownValueError(string definition, string value, string detail, DefinitionValueKind? valueKind = null)
        : base(ErrorCodes.UnknownValue, definition, value, valueKind, $"'{value}': {detail}")
    {
    }
}
