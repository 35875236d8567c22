namespace LeadLifecycle.Errors;

/// <summary>A record's field, or a request's, holds a value outside its allowed range
/// (<see cref="ErrorCodes.InvalidFieldValue"/>).</summary>
/// <remarks>About data, not definitions: a status or stage of a definition that is inconsistent in itself is
/// <see cref="InconsistentDefinitionValueError"/>.</remarks>
public sealed class InvalidFieldValueError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidFieldValueError"/> class.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="value">The value given, as text.</param>
    /// <param name="rule">What the value must satisfy.</param>
    public InvalidFieldValueError(string field, string? value, string rule)
        : base(ErrorCodes.InvalidFieldValue, $"{field}: '{value}' is not valid: {rule}.")
    {
        Field = field;
        Value = value;
        Rule = rule;
        AddMetadata((nameof(Field), Field), (nameof(Value), Value), (nameof(Rule), Rule));
    }

    /// <summary>Gets the name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the value given, as text.</summary>
    public string? Value { get; }

    /// <summary>Gets what the value must satisfy.</summary>
    public string Rule { get; }
}
