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

    /// <summary>Gets a value indicating whether transitions and refusals are counted through
    /// <see cref="Diagnostics.LeadLifecycleTelemetry.MeterName"/>. Default: true; it costs nothing while nobody listens.</summary>
    public bool EnableTelemetry { get; init; } = true;
}
