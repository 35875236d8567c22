namespace LeadLifecycle.Opportunities;

/// <summary>The rules a sales process enforces on stage changes, beyond what the stage flags allow.</summary>
/// <remarks>
/// The default, <see cref="FreeMovement"/>, is Salesforce's: any open stage may follow any other, closed opportunities
/// may be reopened and no loss reason is needed. Stage order is the order of the process's stages. Fields required
/// from a stage on are added with <see cref="SalesProcessBuilder.RequireFields"/>.
/// </remarks>
public sealed record SalesProcessPolicy
{
    /// <summary>Gets the default policy: free movement, as in Salesforce.</summary>
    public static SalesProcessPolicy FreeMovement { get; } = new();

    /// <summary>Gets a value indicating whether an opportunity may only move to later stages; reopening moves back,
    /// so it is refused too. Default: false.</summary>
    public bool ForwardOnly { get; init; }

    /// <summary>Gets a value indicating whether a forward move may not pass over an active open stage, as HubSpot's
    /// pipeline rule. Closing as lost is exempt: a deal can be lost at any stage. Default: false.</summary>
    public bool NoSkipping { get; init; }

    /// <summary>Gets a value indicating whether closed opportunities are locked: never reopened, and their amount and
    /// close date no longer change. Default: false.</summary>
    public bool LockClosed { get; init; }

    /// <summary>Gets a value indicating whether closing as lost needs a loss reason. Default: false.</summary>
    public bool RequireLossReason { get; init; }
}
