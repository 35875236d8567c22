using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>Options of a <see cref="LeadConverter"/>, set once when it is built.</summary>
public sealed record LeadConverterOptions
{
    /// <summary>Gets the sales process whose first stage new opportunities start in. Default:
    /// <see cref="SalesProcess.Default"/>.</summary>
    public SalesProcess SalesProcess { get; init; } = SalesProcess.Default;

    /// <summary>Gets the field mapping. Default: <see cref="LeadFieldMapping.SalesforceStandard"/>.</summary>
    public LeadFieldMapping FieldMapping { get; init; } = LeadFieldMapping.SalesforceStandard;

    /// <summary>Gets the month (1 to 12) the fiscal year starts in, for new opportunities' close date (the last day
    /// of the current fiscal quarter). Default: 1, calendar quarters.</summary>
    public int FiscalYearStartMonth { get; init; } = 1;

    /// <summary>Gets the readiness policy. Default: <see cref="ConversionReadiness.SellerDecides"/>.</summary>
    public ConversionReadiness Readiness { get; init; } = ConversionReadiness.SellerDecides;

    /// <summary>Gets the duplicate matcher asked before new accounts and contacts are made. Default: null, no check.</summary>
    public IDuplicateMatcher? DuplicateMatcher { get; init; }

    /// <summary>Gets the clock for the converted date, the close date and events. Default: <see cref="TimeProvider.System"/>;
    /// dates are taken in its local time zone.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the generator of new account, contact and opportunity ids. Default: <see cref="GuidIdGenerator.Instance"/>.</summary>
    public IIdGenerator IdGenerator { get; init; } = GuidIdGenerator.Instance;

    /// <summary>Gets a value indicating whether conversions and refusals are counted and traced through
    /// <see cref="Diagnostics.LeadLifecycleTelemetry"/>. Default: true; it costs nothing while nobody listens.</summary>
    public bool EnableTelemetry { get; init; } = true;
}
