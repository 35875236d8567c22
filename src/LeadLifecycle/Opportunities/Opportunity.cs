namespace LeadLifecycle.Opportunities;

/// <summary>A potential sale, moving through the stages of a sales process until it is won or lost.</summary>
/// <remarks>An immutable record; every change returns a new opportunity. Create opportunities and change them through
/// <see cref="OpportunityWorkflow"/>: probability, forecast category, closed and won are set from the stage, only the
/// probability of an open opportunity may be overridden, and the history records every change of stage, amount,
/// probability and close date.</remarks>
public sealed record Opportunity
{
    /// <summary>Gets the opportunity's id.</summary>
    public OpportunityId Id { get; init; }

    /// <summary>Gets the name; required, at most 120 characters.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the account the sale is with.</summary>
    public AccountId? AccountId { get; init; }

    /// <summary>Gets the primary contact.</summary>
    public ContactId? ContactId { get; init; }

    /// <summary>Gets the owner.</summary>
    public OwnerId? OwnerId { get; init; }

    /// <summary>Gets the amount.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Gets the expected close date.</summary>
    public DateOnly? CloseDate { get; init; }

    /// <summary>Gets the stage name in the sales process.</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>Gets the probability in percent, from the stage unless overridden.</summary>
    public int Probability { get; init; }

    /// <summary>Gets the forecast category, from the stage.</summary>
    public ForecastCategory ForecastCategory { get; init; }

    /// <summary>Gets a value indicating whether the opportunity is closed, from the stage.</summary>
    public bool IsClosed { get; init; }

    /// <summary>Gets a value indicating whether the opportunity is won, from the stage.</summary>
    public bool IsWon { get; init; }

    /// <summary>Gets the expected revenue: amount times probability, or null without an amount.</summary>
    public decimal? ExpectedRevenue => Amount * Probability / 100m;

    /// <summary>Gets where the opportunity came from.</summary>
    public string? LeadSource { get; init; }

    /// <summary>Gets the primary campaign source.</summary>
    public CampaignId? CampaignId { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets why it was lost, when it was.</summary>
    public string? LossReason { get; init; }

    /// <summary>Gets the competitor it was lost to, when known.</summary>
    public string? Competitor { get; init; }

    /// <summary>Gets the custom field values.</summary>
    public CustomFields CustomFields { get; init; } = CustomFields.Empty;

    /// <summary>Gets the history: a row whenever the stage, amount, probability or close date changed, oldest first.</summary>
    /// <remarks>Kept by <see cref="OpportunityWorkflow"/>; time in stage and the stale check are measured from it.</remarks>
    public OpportunityHistory History { get; init; } = OpportunityHistory.Empty;
}
