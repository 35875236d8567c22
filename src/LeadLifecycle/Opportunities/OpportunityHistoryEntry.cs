namespace LeadLifecycle.Opportunities;

/// <summary>One row of an opportunity's history: the tracked values after a change, as Salesforce's OpportunityHistory.</summary>
/// <param name="ChangedAt">When the change happened, from the workflow's <see cref="TimeProvider"/>.</param>
/// <param name="Stage">The stage after the change.</param>
/// <param name="Probability">The probability in percent after the change.</param>
/// <param name="ForecastCategory">The forecast category after the change.</param>
/// <param name="Amount">The amount after the change.</param>
/// <param name="CloseDate">The close date after the change.</param>
public sealed record OpportunityHistoryEntry(
    DateTimeOffset ChangedAt,
    string Stage,
    int Probability,
    ForecastCategory ForecastCategory,
    decimal? Amount = null,
    DateOnly? CloseDate = null)
{
    /// <summary>Gets the expected revenue after the change: amount times probability, rounded to 2 decimals as
    /// <see cref="Opportunity.ExpectedRevenue"/>; null without an amount.</summary>
    public decimal? ExpectedRevenue => OpportunityAmounts.ExpectedRevenue(Amount, Probability);

    /// <summary>Records the tracked values of an opportunity.</summary>
    internal static OpportunityHistoryEntry Of(Opportunity opportunity, DateTimeOffset at) =>
        new(at, opportunity.Stage, opportunity.Probability, opportunity.ForecastCategory, opportunity.Amount, opportunity.CloseDate);

    /// <summary>Whether two opportunities differ in a tracked value: stage, amount, probability or close date.</summary>
    internal static bool TrackedValuesDiffer(Opportunity before, Opportunity after) =>
        !string.Equals(before.Stage, after.Stage, StringComparison.Ordinal)
        || before.Amount != after.Amount
        || before.Probability != after.Probability
        || before.CloseDate != after.CloseDate;
}
