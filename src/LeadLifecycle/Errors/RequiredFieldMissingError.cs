namespace LeadLifecycle.Errors;

/// <summary>A required field has no value (<see cref="ErrorCodes.RequiredFieldMissing"/>).</summary>
public sealed class RequiredFieldMissingError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="RequiredFieldMissingError"/> class.</summary>
    /// <param name="field">The field's name, e.g. <c>LastName</c>.</param>
    public RequiredFieldMissingError(string field)
        : base(ErrorCodes.RequiredFieldMissing, $"Required field is missing: {field}.")
    {
        Field = field;
        AddMetadata((nameof(Field), Field));
    }

    /// <summary>Gets the name of the missing field.</summary>
    public string Field { get; }
}
