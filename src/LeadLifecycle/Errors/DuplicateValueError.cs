namespace LeadLifecycle.Errors;

/// <summary>A definition has two values with the same name (<see cref="ErrorCodes.DuplicateValue"/>).</summary>
public sealed class DuplicateValueError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="DuplicateValueError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    public DuplicateValueError(string definition, string value, string detail)
        : base(ErrorCodes.DuplicateValue, definition, $"'{value}': {detail}")
    {
        Value = value;
        AddMetadata((nameof(Definition), Definition), (nameof(Value), Value));
    }

    /// <summary>Gets the value concerned.</summary>
    public string Value { get; }
}
