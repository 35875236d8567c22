namespace LeadLifecycle.Errors;

/// <summary>A status or stage of a definition is inconsistent in itself, e.g. converted but not closed, won but not
/// closed, a probability outside 0-100 (<see cref="ErrorCodes.InconsistentDefinitionValue"/>).</summary>
/// <remarks>A definition error, found when the definition is built. A record's field with a value out of range is
/// <see cref="InvalidFieldValueError"/> instead; a default that is not open and active is
/// <see cref="DefaultValueNotOpenAndActiveError"/>.</remarks>
public sealed class InconsistentDefinitionValueError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="InconsistentDefinitionValueError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    public InconsistentDefinitionValueError(string definition, string value, string detail)
        : base(ErrorCodes.InconsistentDefinitionValue, definition, $"'{value}': {detail}")
    {
        Value = value;
        AddMetadata((nameof(Definition), Definition), (nameof(Value), Value));
    }

    /// <summary>Gets the value concerned.</summary>
    public string Value { get; }
}
