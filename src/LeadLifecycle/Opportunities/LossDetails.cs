namespace LeadLifecycle.Opportunities;

/// <summary>What is known about a loss: why, and to whom. Given to every verb that can close an opportunity as lost
/// (<see cref="OpportunityWorkflow.CloseAsLost"/>, <see cref="OpportunityWorkflow.ChangeStage"/>,
/// <see cref="OpportunityWorkflow.Fire"/>) and to their <c>CanX</c> checks.</summary>
/// <remarks>One named record instead of several optional strings, so a reason can never be taken for a competitor or
/// a stage. Blank values count as not given. Each is at most <see cref="OpportunityFieldLimits.LossReason"/>
/// characters. Only a transition into a lost stage takes loss details; other transitions refuse them.</remarks>
/// <example><c>workflow.CloseAsLost(deal, new LossDetails { Reason = "Price", Competitor = "Honda" })</c></example>
public sealed record LossDetails
{
    /// <summary>Gets why the opportunity was lost, e.g. "Price"; required when the policy says so
    /// (<see cref="SalesProcessPolicy.RequireLossReason"/>).</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the competitor it was lost to, if known.</summary>
    public string? Competitor { get; init; }

    /// <summary>Gets a value indicating whether a reason or a competitor is given.</summary>
    internal bool HasAny => !string.IsNullOrWhiteSpace(Reason) || !string.IsNullOrWhiteSpace(Competitor);
}
