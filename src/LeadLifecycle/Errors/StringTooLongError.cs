namespace LeadLifecycle.Errors;

/// <summary>A text field is longer than its limit (<see cref="ErrorCodes.StringTooLong"/>).</summary>
public sealed class StringTooLongError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="StringTooLongError"/> class.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="maxLength">The field's limit in characters.</param>
    /// <param name="actualLength">The length of the value given.</param>
    public StringTooLongError(string field, int maxLength, int actualLength)
        : base(ErrorCodes.StringTooLong, $"{field} is {actualLength} characters long; the limit is {maxLength}.")
    {
        Field = field;
        MaxLength = maxLength;
        ActualLength = actualLength;
        AddMetadata((nameof(Field), Field), (nameof(MaxLength), MaxLength), (nameof(ActualLength), ActualLength));
    }

    /// <summary>Gets the name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the field's limit in characters.</summary>
    public int MaxLength { get; }

    /// <summary>Gets the length of the value given.</summary>
    public int ActualLength { get; }
}
