namespace LeadLifecycle.Opportunities;

/// <summary>Options of an <see cref="OpportunityWorkflow"/>.</summary>
public sealed record OpportunityWorkflowOptions
{
    /// <summary>Gets the clock for history rows, events and time in stage. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the generator of new opportunity ids. Default: <see cref="GuidIdGenerator.Instance"/>.</summary>
    public IIdGenerator IdGenerator { get; init; } = GuidIdGenerator.Instance;

    /// <summary>Gets a value indicating whether stage changes and refusals are counted through
    /// <see cref="Diagnostics.LeadLifecycleTelemetry.MeterName"/>. Default: true; it costs nothing while nobody listens.</summary>
    public bool EnableTelemetry { get; init; } = true;
}
