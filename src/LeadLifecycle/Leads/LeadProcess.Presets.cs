namespace LeadLifecycle.Leads;

/// <content>The lead processes that ship in Salesforce orgs, and the lead lifecycles of HubSpot and Dynamics 365.</content>
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

    /// <summary>Gets HubSpot's default lifecycle stages as a lead process, forward-only as HubSpot enforces them.</summary>
    /// <remarks>
    /// <para>Source: HubSpot knowledge base, "Use lifecycle stages", and the CRM contacts API guide (property
    /// <c>lifecyclestage</c>). Status names are the property's internal values, labels its display names, in HubSpot's
    /// order: <c>subscriber</c> (Subscriber), <c>lead</c> (Lead, the default: new records made by hand or by a form
    /// start there), <c>marketingqualifiedlead</c> (Marketing Qualified Lead), <c>salesqualifiedlead</c> (Sales
    /// Qualified Lead, the contacted status: sales has accepted the lead) and <c>opportunity</c> (Opportunity, the
    /// converted status: "a contact who is associated with a deal", which conversion creates).</para>
    /// <para>Customer ("a contact with at least one closed deal") is not a lead status here: it is the converted
    /// lead's opportunity closing as won (<c>OpportunityWon</c>). Evangelist and Other come after Customer and are
    /// not modelled. The policy is <see cref="LeadProcessPolicy.ForwardOnly"/>: HubSpot's API only moves the stage
    /// forward and reaches an earlier stage only after the value is cleared, which this library does not model, so a
    /// lead never moves back; skipping forward is allowed, as in HubSpot. HubSpot has no disqualified lifecycle stage
    /// (disqualification is its separate Lead Status property), so the preset has none and nothing to recycle.</para>
    /// </remarks>
    public static LeadProcess HubSpotLifecycle { get; } = new LeadProcessBuilder("HubSpot Lifecycle Stages")
        .AddStatus(new LeadStatus("subscriber") { Label = "Subscriber", SortOrder = 1 })
        .AddStatus(new LeadStatus("lead") { Label = "Lead", SortOrder = 2, IsDefault = true })
        .AddStatus(new LeadStatus("marketingqualifiedlead") { Label = "Marketing Qualified Lead", SortOrder = 3 })
        .AddStatus(new LeadStatus("salesqualifiedlead") { Label = "Sales Qualified Lead", SortOrder = 4 })
        .AddStatus(new LeadStatus("opportunity") { Label = "Opportunity", SortOrder = 5, IsConverted = true, IsClosed = true })
        .WithContactedStatus("salesqualifiedlead")
        .PermitStandardTransitions(allowRecycle: false)
        .WithPolicy(new LeadProcessPolicy { ForwardOnly = true })
        .Build();

    /// <summary>Gets the Dynamics 365 Sales lead: its status reasons as statuses, reactivation as recycling.</summary>
    /// <remarks>
    /// <para>Source: Dynamics 365 Lead entity reference, <c>statecode</c> and <c>statuscode</c>. Each status is a
    /// status reason; its <see cref="LeadStatus.SortOrder"/> is the <c>statuscode</c> value. State Open (0): New (1,
    /// the default) and Contacted (2, the contacted status). State Qualified (1): Qualified (3, the converted
    /// status; qualifying is the <c>QualifyLead</c> message, which creates the account, contact and opportunity, as
    /// lead conversion does). State Disqualified (2): Lost (4), Cannot Contact (5), No Longer Interested (6),
    /// Canceled (7), the same words as <see cref="DisqualificationReasons"/>.</para>
    /// <para>Reactivating a disqualified lead sets its state back to Open: that is <see cref="LeadStatusTrigger.Recycle"/>.
    /// Dynamics 365 can also reactivate a qualified lead; this library cannot, because conversion is never undone.
    /// Moves are free, as in Dynamics 365.</para>
    /// </remarks>
    public static LeadProcess Dynamics365 { get; } = new LeadProcessBuilder("Dynamics 365 Lead")
        .AddStatus(new LeadStatus("New") { SortOrder = 1, IsDefault = true })
        .AddStatus(new LeadStatus("Contacted") { SortOrder = 2 })
        .AddStatus(new LeadStatus("Qualified") { SortOrder = 3, IsConverted = true, IsClosed = true })
        .AddStatus(new LeadStatus(DisqualificationReasons.Lost) { SortOrder = 4, IsClosed = true })
        .AddStatus(new LeadStatus(DisqualificationReasons.CannotContact) { SortOrder = 5, IsClosed = true })
        .AddStatus(new LeadStatus(DisqualificationReasons.NoLongerInterested) { SortOrder = 6, IsClosed = true })
        .AddStatus(new LeadStatus(DisqualificationReasons.Canceled) { SortOrder = 7, IsClosed = true })
        .WithContactedStatus("Contacted")
        .PermitStandardTransitions(allowRecycle: true)
        .Build();

    /// <summary>Gets the default lead process: <see cref="SalesforceClassic"/>.</summary>
    public static LeadProcess Default => SalesforceClassic;
}
