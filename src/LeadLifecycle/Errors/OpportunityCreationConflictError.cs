namespace LeadLifecycle.Errors;

/// <summary>A conversion request asks for the opposite of what the org's opportunity creation setting allows
/// (<see cref="ErrorCodes.OpportunityCreationConflict"/>).</summary>
/// <remarks>Salesforce's <c>LeadConvertSettings.opportunityCreationOptions</c> (<c>VisibleRequired</c>,
/// <c>NotVisible</c>) governs the Convert Lead dialog; applied to an API-style request it must not silently drop
/// what the caller asked for, so the conflict is refused instead.</remarks>
public sealed class OpportunityCreationConflictError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OpportunityCreationConflictError"/> class.</summary>
    /// <param name="setting">The org's setting, e.g. <c>NotVisible</c>.</param>
    /// <param name="requestField">The request property that conflicts with it, e.g. <c>OpportunityName</c>.</param>
    public OpportunityCreationConflictError(string setting, string requestField)
        : base(
            ErrorCodes.OpportunityCreationConflict,
            setting == "NotVisible"
                ? $"The org's lead conversion settings create no opportunity ({setting}): leave {requestField} empty, or convert without applying the settings."
                : $"The org's lead conversion settings require an opportunity ({setting}): leave {requestField} false, or convert without applying the settings.")
    {
        Setting = setting;
        RequestField = requestField;
        AddMetadata((nameof(Setting), Setting), (nameof(RequestField), RequestField));
    }

    /// <summary>Gets the org's opportunity creation setting, e.g. <c>NotVisible</c>.</summary>
    public string Setting { get; }

    /// <summary>Gets the request property that conflicts with it.</summary>
    public string RequestField { get; }
}
