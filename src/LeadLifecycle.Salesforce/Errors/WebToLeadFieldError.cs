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
    /// <param name="field">The form field's name as posted, e.g. <c>last_name</c>; empty when the problem is about
    /// the form as a whole.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="value">The value posted; null when none was, or when it is too long to repeat.</param>
    /// <param name="detail">What the field allows, or what to do instead.</param>
    public WebToLeadFieldError(string field, WebToLeadProblem reason, string? value, string detail)
        : base(SalesforceErrorCodes.InvalidWebToLeadField, string.IsNullOrEmpty(field) ? $"Web-to-Lead form: {detail}" : $"Web-to-Lead field '{field}': {detail}")
    {
        Field = field;
        Reason = reason;
        Value = value;
        Detail = detail;
        AddMetadata((nameof(Field), Field), (nameof(Reason), Reason), (nameof(Value), Value), (nameof(Detail), Detail));
    }

    /// <summary>Gets the form field's name as posted (e.g. <c>last_name</c>, not the lead's <c>LastName</c>); empty
    /// when the problem is about the form as a whole.</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong.</summary>
    public WebToLeadProblem Reason { get; }

    /// <summary>Gets the value posted; null when none was, or when it is too long to repeat.</summary>
    public string? Value { get; }

    /// <summary>Gets what the field allows, or what to do instead.</summary>
    public string Detail { get; }

    /// <summary>Wraps a core validation error of the lead built from the form, naming the form field it came from.</summary>
    internal static WebToLeadFieldError FromLeadValidation(string field, string? value, IError cause)
    {
        var error = new WebToLeadFieldError(field, WebToLeadProblem.LeadValidation, value, cause.Message);
        error.CausedBy(cause);
        return error;
    }
}
