namespace LeadLifecycle.Opportunities;

/// <summary>The rules a sales process enforces on stage transitions and field changes, beyond what the stage flags
/// allow: what an org enforces with validation rules.</summary>
/// <remarks>
/// The default, <see cref="FreeMovement"/>, is Salesforce's: any stage may follow any other (closed ones included, as
/// setting StageName allows), closed opportunities may be reopened and edited, their probability and forecast
/// category may be overridden, and no loss reason is needed. Stage order is the order of the process's stages (the
/// org's picklist order). Fields required from a stage on are added with <see cref="SalesProcessBuilder.RequireFields"/>.
/// </remarks>
public sealed record SalesProcessPolicy
{
    /// <summary>Gets the default policy: free movement, as in Salesforce.</summary>
    public static SalesProcessPolicy FreeMovement { get; } = new();

    /// <summary>Gets a value indicating whether an opportunity may only move to later stages; reopening moves back,
    /// so it is refused too. Default: false.</summary>
    public bool ForwardOnly { get; init; }

    /// <summary>Gets a value indicating whether a forward move may not pass over an active open stage, as HubSpot's
    /// pipeline rule. A move into a lost stage is exempt: a deal can be lost at any stage. Default: false.</summary>
    public bool NoSkipping { get; init; }

    /// <summary>Gets a value indicating whether closed opportunities are locked: never reopened or moved to another
    /// closed stage, and none of their amount, close date, probability or forecast category changes. Default: false.</summary>
    public bool LockClosed { get; init; }

    /// <summary>Gets a value indicating whether closing as lost needs a loss reason. Default: false.</summary>
    public bool RequireLossReason { get; init; }

    /// <summary>Gets a value indicating whether the probability and forecast category of a closed opportunity always
    /// come from its stage: overriding either is refused while it is closed. Default: false, as Salesforce allows both.</summary>
    public bool LockProbabilityOnClosed { get; init; }
}
