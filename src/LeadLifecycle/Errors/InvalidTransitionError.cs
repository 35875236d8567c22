namespace LeadLifecycle.Errors;

/// <summary>A transition in a definition is not possible (<see cref="ErrorCodes.InvalidTransition"/>).</summary>
public sealed class InvalidTransitionError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidTransitionError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value concerned.</param>
    /// <param name="detail">What is wrong with it.</param>
    public InvalidTransitionError(string definition, string value, string detail)
        : base(ErrorCodes.InvalidTransition, definition, $"'{value}': {detail}")
    {
        Value = value;
        AddMetadata((nameof(Definition), Definition), (nameof(Value), Value));
    }

    /// <summary>Gets the value concerned.</summary>
    public string Value { get; }
}
