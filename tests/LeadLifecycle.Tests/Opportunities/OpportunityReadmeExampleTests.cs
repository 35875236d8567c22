using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>The README's opportunity example, line for line, with its comments checked.</summary>
public class OpportunityReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_BehavesAsItsCommentsSay()
    {
        var process = new SalesProcessBuilder("Enterprise")
            .AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, LockClosed = true, RequireLossReason = true })
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate)
            .Build();
        var deals = new OpportunityWorkflow(process);

        var deal = deals.Create(new Opportunity { Name = "Burlington Textiles Weaving Plant Generator", Amount = 235000m }).Value;
        var refused = deals.MoveTo(deal, "Proposal/Price Quote");
        var won = deals.CloseAsWon(deals.ChangeCloseDate(deal, new DateOnly(2026, 12, 31)).Value);

        Assert.Equal([OpportunityField.CloseDate], refused.SingleError<StageRequiredFieldsMissingError>(ErrorCodes.StageRequiredFieldsMissing).MissingFields);
        var @event = Assert.IsType<OpportunityWon>(won.Value.Event);
        Assert.Equal("Prospecting", @event.FromStage);
        Assert.StartsWith("OpportunityWon { ", @event.ToString(), StringComparison.Ordinal);
    }
}
