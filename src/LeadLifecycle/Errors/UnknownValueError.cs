namespace LeadLifecycle.Errors;

/// <summary>A definition names a value its value set does not hold (<see cref="ErrorCodes.UnknownValue"/>).</summary>
public sealed class UnknownValueError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="UnknownValueError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    public UnknownValueError(string definition, string value, string detail)
        : base(ErrorCodes.UnknownValue, definition, $"'{value}': {detail}")
    {
        Value = value;
        AddMetadata((nameof(Definition), Definition), (nameof(Value), Value));
    }

    /// <summary>Gets the value concerned.</summary>
    public string Value { get; }
}
