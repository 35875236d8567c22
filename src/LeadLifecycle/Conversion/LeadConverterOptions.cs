using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>Options of a <see cref="LeadConverter"/>, set once when it is built.</summary>
/// <remarks>The converter checks them when it is built and throws an <see cref="ArgumentException"/> (null or out of
/// range) whose parameter name is the property's name, e.g. <c>FiscalYearStartMonth</c>.</remarks>
public sealed record LeadConverterOptions
{
    /// <summary>Gets the sales process whose first stage new opportunities start in, unless a request names its own
    /// (<see cref="ConversionRequest.SalesProcess"/>). Default: <see cref="SalesProcess.Default"/>.</summary>
    /// <remarks>Build the <see cref="OpportunityWorkflow"/> that moves converted opportunities on with the same
    /// process: <see cref="LeadConversion.SalesProcessName"/> says which one each new opportunity is in.</remarks>
    public SalesProcess SalesProcess { get; init; } = SalesProcess.Default;

    /// <summary>Gets the field mapping. Default: <see cref="LeadFieldMapping.SalesforceStandard"/>.</summary>
    public LeadFieldMapping FieldMapping { get; init; } = LeadFieldMapping.SalesforceStandard;

    /// <summary>Gets the month (1 to 12) the fiscal year starts in, for new opportunities' close date (the last day
    /// of the current fiscal quarter). Default: 1, calendar quarters.</summary>
    public int FiscalYearStartMonth { get; init; } = 1;

    /// <summary>Gets an org's custom fiscal periods (e.g. a 4-4-5 calendar); a new opportunity then closes on the
    /// last day of the fiscal period holding today. Default: null, standard fiscal quarters by
    /// <see cref="FiscalYearStartMonth"/>, which also apply to dates outside the periods.</summary>
    public FiscalPeriods? FiscalPeriods { get; init; }

    /// <summary>Gets the time zone whose date is "today" for the converted date and the close date, unless a request
    /// names the converting user's (<see cref="ConversionRequest.TimeZone"/>). Default: null, the clock's
    /// <see cref="TimeProvider.LocalTimeZone"/> (the host's for <see cref="TimeProvider.System"/>).</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Gets a value indicating whether leads with a blank Company are converted to person accounts, as in
    /// orgs with person accounts enabled (convertLead(): "Leads with a blank value in the Company field are converted
    /// to Person Accounts"). Default: false, a blank Company is refused with <c>REQUIRED_FIELD_MISSING</c>. The
    /// counterpart of <see cref="Leads.LeadWorkflowOptions.AllowPersonAccountLeads"/>.</summary>
    public bool AllowPersonAccountLeads { get; init; }

    /// <summary>Gets the default values of the target picklists: a blank standard lead picklist mapped on conversion
    /// gives the target its default value (convertLead(), "Picklist Values"). Default: none.</summary>
    public IReadOnlyList<PicklistDefault> PicklistDefaults { get; init; } = [];

    /// <summary>Gets the readiness policy. Default: <see cref="ConversionReadiness.SellerDecides"/>.</summary>
    public ConversionReadiness Readiness { get; init; } = ConversionReadiness.SellerDecides;

    /// <summary>Gets the duplicate matcher asked before new accounts and contacts are made. Default: null, no check.</summary>
    public IDuplicateMatcher? DuplicateMatcher { get; init; }

    /// <summary>Gets the clock for the converted date, the close date and events. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the generator of new account, contact and opportunity ids. Default: <see cref="GuidIdGenerator.Instance"/>.</summary>
    public IIdGenerator IdGenerator { get; init; } = GuidIdGenerator.Instance;

    /// <summary>Gets a value indicating whether conversions and refusals are counted and traced through
    /// <see cref="Diagnostics.LeadLifecycleTelemetry"/>. Default: true; it costs nothing while nobody listens.</summary>
    public bool EnableTelemetry { get; init; } = true;
}
