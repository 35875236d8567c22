namespace LeadLifecycle.Opportunities;

/// <content>The sales processes that ship with Salesforce and HubSpot.</content>
public sealed partial class SalesProcess
{
    /// <summary>Gets Salesforce's default ten stages, the library's default sales process.</summary>
    /// <remarks>Prospecting 10, Qualification 10, Needs Analysis 20, Value Proposition 50, Id. Decision Makers 60,
    /// Perception Analysis 70, Proposal/Price Quote 75, Negotiation/Review 90 (all forecast Pipeline), Closed Won 100
    /// (Closed, won), Closed Lost 0 (Omitted); free movement, as Salesforce does not enforce stage order.</remarks>
    public static SalesProcess SalesforceDefault { get; } = new SalesProcessBuilder("Salesforce Default")
        .AddOpenStage("Prospecting", 10)
        .AddOpenStage("Qualification", 10)
        .AddOpenStage("Needs Analysis", 20)
        .AddOpenStage("Value Proposition", 50)
        .AddOpenStage("Id. Decision Makers", 60)
        .AddOpenStage("Perception Analysis", 70)
        .AddOpenStage("Proposal/Price Quote", 75)
        .AddOpenStage("Negotiation/Review", 90)
        .AddWonStage("Closed Won")
        .AddLostStage("Closed Lost")
        .Build();

    /// <summary>Gets HubSpot's default deal pipeline.</summary>
    /// <remarks>Appointment Scheduled 20, Qualified To Buy 40, Presentation Scheduled 60, Decision Maker Bought-In 80,
    /// Contract Sent 90 (all forecast Pipeline), Closed Won 100 (Closed, won), Closed Lost 0 (Omitted); free movement,
    /// as HubSpot's pipeline rules are off until an admin turns them on (use <see cref="SalesProcessBuilder"/> with
    /// <see cref="SalesProcessPolicy.NoSkipping"/> and <see cref="SalesProcessPolicy.ForwardOnly"/> for them).</remarks>
    public static SalesProcess HubSpotDefault { get; } = new SalesProcessBuilder("HubSpot Default")
        .AddOpenStage("Appointment Scheduled", 20)
        .AddOpenStage("Qualified To Buy", 40)
        .AddOpenStage("Presentation Scheduled", 60)
        .AddOpenStage("Decision Maker Bought-In", 80)
        .AddOpenStage("Contract Sent", 90)
        .AddWonStage("Closed Won")
        .AddLostStage("Closed Lost")
        .Build();

    /// <summary>Gets the default sales process: <see cref="SalesforceDefault"/>.</summary>
    public static SalesProcess Default => SalesforceDefault;
}
