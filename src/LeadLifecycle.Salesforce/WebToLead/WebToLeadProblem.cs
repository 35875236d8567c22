namespace LeadLifecycle.Salesforce;

/// <summary>What is wrong with a Web-to-Lead form field (<see cref="WebToLeadFieldError.Reason"/>).</summary>
public enum WebToLeadProblem
{
    /// <summary>The field is not a Web-to-Lead field, not a mapped custom field id, and not an ignored field.</summary>
    UnknownField = 1,

    /// <summary>A standard field was posted more than once with different values.</summary>
    DuplicateField = 2,

    /// <summary>A value is longer than <see cref="WebToLeadOptions.MaxValueLength"/>.</summary>
    ValueTooLong = 3,

    /// <summary>A value cannot be read as the field's type (a number, a checkbox, an id).</summary>
    InvalidValue = 4,

    /// <summary>The lead built from the form fails the lead's own validation (<c>LeadWorkflow.Create</c>); the core
    /// error is the cause (<c>Reasons</c>) of the <see cref="WebToLeadFieldError"/>.</summary>
    LeadValidation = 5,

    /// <summary>The form has more fields than <see cref="WebToLeadOptions.MaxFieldCount"/>; nothing else is read.</summary>
    TooManyFields = 6,
}
