namespace LeadLifecycle.Opportunities;

/// <content>The sales processes that ship with Salesforce and HubSpot.</content>
public sealed partial class SalesProcess
{
    /// <summary>Gets Salesforce's default ten stages, the library's default sales process.</summary>
    public static SalesProcess SalesforceDefault { get; } = new("Salesforce Default",
    [
        Open("Prospecting", 10, 1),
        Open("Qualification", 10, 2),
        Open("Needs Analysis", 20, 3),
        Open("Value Proposition", 50, 4),
        Open("Id. Decision Makers", 60, 5),
        Open("Perception Analysis", 70, 6),
        Open("Proposal/Price Quote", 75, 7),
        Open("Negotiation/Review", 90, 8),
        new OpportunityStage("Closed Won") { Probability = 100, ForecastCategory = ForecastCategory.Closed, IsClosed = true, IsWon = true, SortOrder = 9 },
        new OpportunityStage("Closed Lost") { Probability = 0, ForecastCategory = ForecastCategory.Omitted, IsClosed = true, SortOrder = 10 },
    ]);

    /// <summary>Gets the default sales process: <see cref="SalesforceDefault"/>.</summary>
    public static SalesProcess Default => SalesforceDefault;

    private static OpportunityStage Open(string name, int probability, int sortOrder) =>
        new(name) { Probability = probability, ForecastCategory = ForecastCategory.Pipeline, SortOrder = sortOrder };
}
