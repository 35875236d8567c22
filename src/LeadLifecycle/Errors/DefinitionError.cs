namespace LeadLifecycle.Errors;

/// <summary>The base of the errors that make a definition (lead process, stage set, sales process, field mapping) invalid.</summary>
/// <remarks>Building a definition throws <see cref="InvalidDefinitionException"/> with all of them, or
/// <c>TryBuild</c> returns them in a failed result. <see cref="Value"/> and <see cref="ValueKind"/> say which value of
/// the definition is at fault, so a caller (e.g. a metadata reader that knows each value's line) can point at it
/// without a switch over the error types.</remarks>
public abstract class DefinitionError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="DefinitionError"/> class for a problem of the definition as a whole.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="message">What is wrong.</param>
    protected DefinitionError(string code, string definition, string message)
        : this(code, definition, null, null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DefinitionError"/> class for a problem with one value.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="value">The value at fault; null when the definition as a whole is concerned.</param>
    /// <param name="valueKind">What kind of value it is; null when not known.</param>
    /// <param name="message">What is wrong.</param>
    protected DefinitionError(string code, string definition, string? value, DefinitionValueKind? valueKind, string message)
        : base(code, $"{definition}: {message}")
    {
        Definition = definition;
        Value = value;
        ValueKind = valueKind;
        AddMetadata((nameof(Definition), Definition), (nameof(Value), Value), (nameof(ValueKind), ValueKind));
    }

    /// <summary>Gets the name of the invalid definition.</summary>
    public string Definition { get; }

    /// <summary>Gets the value at fault, as the definition names it: a status or stage name, the status a refused
    /// transition leads to, or a field mapping's lead field, target (<c>Account.Name</c>) or rule; null when the
    /// definition as a whole is concerned (e.g. no converted status).</summary>
    /// <remarks>Also in <c>Metadata["Value"]</c>.</remarks>
    public string? Value { get; }

    /// <summary>Gets what kind of value <see cref="Value"/> is; null when the definition as a whole is concerned or the
    /// kind is not known.</summary>
    /// <remarks>Also in <c>Metadata["ValueKind"]</c>, as the member's name.</remarks>
    public DefinitionValueKind? ValueKind { get; }
}
