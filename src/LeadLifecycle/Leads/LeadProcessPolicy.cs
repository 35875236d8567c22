namespace LeadLifecycle.Leads;

/// <summary>The rules a lead process enforces on status changes beyond its transitions, by the statuses' sort order.</summary>
/// <remarks>
/// <para>The default, <see cref="FreeMovement"/>, is Salesforce's: it enforces no order. Order is the process's
/// status order (<see cref="LeadStatus.SortOrder"/>). A policy is applied after the transitions: it never adds a
/// transition, it only refuses some, explicit <see cref="LeadProcessBuilder.Permit"/> calls included (as an org's
/// validation rules refuse what the picklist allows).</para>
/// <para>Which verbs each rule covers: <see cref="LeadStatusTrigger.MarkContacted"/>, <see cref="LeadStatusTrigger.MoveTo"/>
/// and <see cref="LeadStatusTrigger.Recycle"/> are status changes and are subject to both rules, so under
/// <see cref="ForwardOnly"/> recycling a disqualified lead into an earlier open status is refused.
/// <see cref="LeadStatusTrigger.Disqualify"/> and <see cref="LeadStatusTrigger.Convert"/> close the lead and are
/// exempt from both: a lead can be disqualified or converted from any status the transitions allow, as a deal can be
/// lost at any stage.</para>
/// </remarks>
public sealed record LeadProcessPolicy
{
    /// <summary>Gets the default policy: free movement, as in Salesforce.</summary>
    public static LeadProcessPolicy FreeMovement { get; } = new();

    /// <summary>Gets a value indicating whether a status change may only move to a later status, as HubSpot's
    /// lifecycle stage does. Disqualify and Convert are exempt. Default: false.</summary>
    public bool ForwardOnly { get; init; }

    /// <summary>Gets a value indicating whether a forward status change may not pass over an active open status.
    /// Disqualify and Convert are exempt. Default: false.</summary>
    public bool NoSkipping { get; init; }
}
