namespace LeadLifecycle.Salesforce;

/// <summary>What <see cref="WebToLeadIntake"/> does with a form field it neither maps nor ignores.</summary>
public enum WebToLeadUnknownFields
{
    /// <summary>Report it as a <see cref="WebToLeadFieldError"/> (<see cref="WebToLeadProblem.UnknownField"/>): nothing
    /// a visitor typed is dropped silently. The default.</summary>
    Reject = 1,

    /// <summary>Skip it, e.g. for forms that also carry analytics or honeypot fields.</summary>
    Ignore = 2,
}
