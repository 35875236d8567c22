using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A Web-to-Lead form field cannot become part of a lead
/// (<see cref="SalesforceErrorCodes.InvalidWebToLeadField"/>): unknown, posted twice, too long, unreadable, or failing
/// the lead's validation.</summary>
/// <remarks>Every property is also an entry of <c>Metadata</c> keyed by its name. For
/// <see cref="WebToLeadProblem.LeadValidation"/> the core error (e.g. <c>RequiredFieldMissingError</c>) is this
/// error's cause, so <c>result.HasError&lt;RequiredFieldMissingError&gt;()</c> finds it too.</remarks>
public sealed class WebToLeadFieldError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="WebToLeadFieldError"/> class.</summary>
    /// <param name="formField">The form field's name as posted, e.g. <c>last_name</c>; empty when the problem is
    /// about the form as a whole.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="value">The value posted; null when none was, or when it is too long to repeat.</param>
    /// <param name="detail">What the field allows, or what to do instead.</param>
    public WebToLeadFieldError(string formField, WebToLeadProblem problem, string? value, string detail)
        : base(SalesforceErrorCodes.InvalidWebToLeadField, string.IsNullOrEmpty(formField) ? $"Web-to-Lead form: {detail}" : $"Web-to-Lead field '{formField}': {detail}")
    {
        FormField = formField;
        Problem = problem;
        Value = value;
        Detail = detail;
        AddMetadata((nameof(FormField), FormField), (nameof(Problem), Problem), (nameof(Value), Value), (nameof(Detail), Detail));
    }

    /// <summary>Gets the form field's name as posted; empty when the problem is about the form as a whole.</summary>
    public string FormField { get; }

    /// <summary>Gets what is wrong.</summary>
    public WebToLeadProblem Problem { get; }

    /// <summary>Gets the value posted; null when none was, or when it is too long to repeat.</summary>
    public string? Value { get; }

    /// <summary>Gets what the field allows, or what to do instead.</summary>
    public string Detail { get; }

    /// <summary>Wraps a core validation error of the lead built from the form, naming the form field it came from.</summary>
    internal static WebToLeadFieldError FromLeadValidation(string formField, string? value, IError cause)
    {
        var error = new WebToLeadFieldError(formField, WebToLeadProblem.LeadValidation, value, cause.Message);
        error.CausedBy(cause);
        return error;
    }
}
