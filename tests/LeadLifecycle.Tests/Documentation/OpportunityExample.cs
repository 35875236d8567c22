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
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate)
            .Build();
        var deals = new OpportunityWorkflow(process);

        var deal = deals.Create(new Opportunity { Name = "Burlington Textiles Weaving Plant Generator", Amount = 235000m }).Value;
        var refused = deals.MoveTo(deal, "Proposal/Price Quote");
        Console.WriteLine(refused.Errors[0].Message);                   // ... needs CloseDate (STAGE_REQUIRED_FIELDS_MISSING)
        var won = deals.CloseAsWon(deals.ChangeCloseDate(deal, new DateOnly(2026, 12, 31)).Value);
        Console.WriteLine(won.Value.Event);                             // OpportunityWon { FromStage = Prospecting, ... }
        #endregion
    }
}
