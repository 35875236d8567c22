namespace LeadLifecycle.Errors;

/// <summary>An email address is not valid (<see cref="ErrorCodes.InvalidEmailAddress"/>).</summary>
public sealed class InvalidEmailAddressError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidEmailAddressError"/> class.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="value">The value given.</param>
    public InvalidEmailAddressError(string field, string value)
        : base(ErrorCodes.InvalidEmailAddress, $"{field}: invalid email address: {value}")
    {
        Field = field;
        Value = value;
        AddMetadata((nameof(Field), Field), (nameof(Value), Value));
    }

    /// <summary>Gets the name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the value given.</summary>
    public string Value { get; }
}
