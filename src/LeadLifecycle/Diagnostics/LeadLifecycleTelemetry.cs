namespace LeadLifecycle.Diagnostics;

/// <summary>The names of the library's meter, activity source, instruments and tags, for listeners to subscribe to.</summary>
/// <remarks>
/// Metrics go through <c>System.Diagnostics.Metrics</c> and traces through <c>System.Diagnostics.ActivitySource</c>:
/// OpenTelemetry picks them up with <c>AddMeter(MeterName)</c> and <c>AddSource(ActivitySourceName)</c>. Nothing is
/// recorded while nobody listens, and a workflow, converter or sales process can switch telemetry off in its options.
/// </remarks>
public static class LeadLifecycleTelemetry
{
    /// <summary>The name of the <c>Meter</c>.</summary>
    public const string MeterName = "LeadLifecycle";

    /// <summary>The name of the <c>ActivitySource</c>.</summary>
    public const string ActivitySourceName = "LeadLifecycle";

    /// <summary>Counter of lead status changes; tags <see cref="ProcessTag"/>, <see cref="TriggerTag"/>, <see cref="FromTag"/>, <see cref="ToTag"/>.</summary>
    public const string LeadTransitions = "leadlifecycle.lead.transitions";

    /// <summary>Counter of refused verbs on leads, opportunities and conversions; tags <see cref="OperationTag"/>, <see cref="ErrorCodeTag"/>.</summary>
    public const string Refusals = "leadlifecycle.refusals";

    /// <summary>Counter of opportunity stage changes; tags <see cref="ProcessTag"/>, <see cref="TriggerTag"/>, <see cref="FromTag"/>, <see cref="ToTag"/>.</summary>
    public const string OpportunityStageChanges = "leadlifecycle.opportunity.stage_changes";

    /// <summary>Counter of lead conversions; tags <see cref="OutcomeTag"/>, <see cref="OpportunityCreatedTag"/>.</summary>
    public const string Conversions = "leadlifecycle.lead.conversions";

    /// <summary>The name of the activity that traces one lead conversion.</summary>
    public const string ConvertActivity = "LeadLifecycle.ConvertLead";

    /// <summary>Tag: the lead process or sales process name.</summary>
    public const string ProcessTag = "leadlifecycle.process";

    /// <summary>Tag: the verb (trigger) name.</summary>
    public const string TriggerTag = "leadlifecycle.trigger";

    /// <summary>Tag: the status or stage before.</summary>
    public const string FromTag = "leadlifecycle.from";

    /// <summary>Tag: the status or stage after.</summary>
    public const string ToTag = "leadlifecycle.to";

    /// <summary>Tag: the refused operation, e.g. <c>lead.MarkContacted</c>, <c>opportunity.CloseAsWon</c>, <c>lead.Convert</c>.</summary>
    public const string OperationTag = "leadlifecycle.operation";

    /// <summary>Tag: the code of the first error, from <see cref="Errors.ErrorCodes"/>.</summary>
    public const string ErrorCodeTag = "error.code";

    /// <summary>Tag: <c>success</c> or <c>failure</c>.</summary>
    public const string OutcomeTag = "leadlifecycle.outcome";

    /// <summary>Tag on the conversion activity: the id of the lead being converted.</summary>
    public const string LeadIdTag = "leadlifecycle.lead_id";

    /// <summary>Tag: whether the conversion created an opportunity (<c>true</c>/<c>false</c>).</summary>
    public const string OpportunityCreatedTag = "leadlifecycle.opportunity_created";
}
