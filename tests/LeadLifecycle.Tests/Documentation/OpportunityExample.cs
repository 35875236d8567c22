using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The README's sales process example, compiled. Keep the region identical to the README's code block.</summary>
internal static class OpportunityExample
{
    // The parameter shadows System.Console so that the README code, unchanged, writes to the test's writer.
    public static void Run(TextWriter Console)
    {
        #region README
        var process = new SalesProcessBuilder("Enterprise")
            .AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, LockClosed = true, RequireLossReason = true })
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount)
            .Build();
        var deals = new OpportunityWorkflow(process);

        var deal = deals.Create(new Opportunity { Name = "Burlington Textiles Weaving Plant Generator", CloseDate = new DateOnly(2026, 12, 31) }).Value;
        var refused = deals.MoveTo(deal, "Proposal/Price Quote");
        Console.WriteLine(refused.Errors[0].Message);                   // ... needs Amount (STAGE_REQUIRED_FIELDS_MISSING)
        var priced = deals.ChangeAmount(deal, 235000m).Value.Opportunity;
        var won = deals.CloseAsWon(priced);
        Console.WriteLine(won.Value.Event);                             // OpportunityWon { FromStage = Prospecting, ... }
        var lost = deals.CloseAsLost(priced, new LossDetails { Reason = "Price", Competitor = "Honda" });
        Console.WriteLine(lost.Value.Event);                            // OpportunityLost { ..., LossReason = Price, Competitor = Honda, ... }
        #endregion
    }
}
