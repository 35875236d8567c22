namespace LeadLifecycle.Leads;

/// <summary>Options of a <see cref="LeadWorkflow"/>.</summary>
public sealed record LeadWorkflowOptions
{
    /// <summary>Gets the clock for creation times, signals and events. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the generator of new lead ids. Default: <see cref="GuidIdGenerator.Instance"/>.</summary>
    public IIdGenerator IdGenerator { get; init; } = GuidIdGenerator.Instance;

    /// <summary>Gets a value indicating whether leads without a company are allowed, as person-account leads are in
    /// orgs with person accounts enabled. Default: false, Company is required.</summary>
    public bool AllowPersonAccountLeads { get; init; }

    /// <summary>Gets a value indicating whether <see cref="LeadWorkflow.EditConvertedLead"/> may edit the fields of
    /// converted leads, as Salesforce's "View and Edit Converted Leads" permission allows. Default: false, a converted
    /// lead is read-only (<c>CANNOT_UPDATE_CONVERTED_LEAD</c>).</summary>
    /// <remarks>Even when allowed, an edit never undoes the conversion: the status, the converted flag and fields,
    /// the id and the creation time stay as they are, and each edit returns a <see cref="ConvertedLeadEdited"/>
    /// event for the audit trail.</remarks>
    public bool AllowConvertedLeadEdits { get; init; }

    /// <summary>Gets a value indicating whether transitions and refusals are counted through
    /// <see cref="Diagnostics.LeadLifecycleTelemetry.MeterName"/>. Default: true; it costs nothing while nobody listens.</summary>
    public bool EnableTelemetry { get; init; } = true;
}
