namespace LeadLifecycle.Leads;

/// <content>The lead processes that ship in Salesforce orgs.</content>
public sealed partial class LeadProcess
{
    /// <summary>Gets Salesforce's classic lead process, the library's default.</summary>
    /// <remarks>Open - Not Contacted (default), Working - Contacted, Closed - Converted (converted),
    /// Closed - Not Converted (disqualified), with the standard transitions and recycling.</remarks>
    public static LeadProcess SalesforceClassic { get; } = new LeadProcessBuilder("Salesforce Classic")
        .AddOpenStatus("Open - Not Contacted", isDefault: true)
        .AddOpenStatus("Working - Contacted")
        .AddConvertedStatus("Closed - Converted")
        .AddDisqualifiedStatus("Closed - Not Converted")
        .PermitStandardTransitions()
        .Build();

    /// <summary>Gets Salesforce's newer lead process.</summary>
    /// <remarks>Open (default), Contacted, Qualified (converted), Unqualified (disqualified), with the standard
    /// transitions and recycling.</remarks>
    public static LeadProcess SalesforceNewer { get; } = new LeadProcessBuilder("Salesforce Newer")
        .AddOpenStatus("Open", isDefault: true)
        .AddOpenStatus("Contacted")
        .AddConvertedStatus("Qualified")
        .AddDisqualifiedStatus("Unqualified")
        .PermitStandardTransitions()
        .Build();

    /// <summary>Gets the default lead process: <see cref="SalesforceClassic"/>.</summary>
    public static LeadProcess Default => SalesforceClassic;
}
