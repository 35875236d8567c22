using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

public class PipelineSummaryTests
{
    [Fact]
    public void Create_TotalsByStageAndForecastCategory()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault);
        var prospecting = workflow.Created(amount: 1000m);
        var proposal = workflow.MoveTo(workflow.Created(amount: 2000m), "Proposal/Price Quote").Ok().Opportunity;
        var won = workflow.CloseAsWon(workflow.Created(amount: 500m)).Ok().Opportunity;
        var lost = workflow.CloseAsLost(workflow.Created(amount: 300m), new LossDetails { Reason = "Price" }).Ok().Opportunity;
        var noAmount = workflow.Created();
        var foreign = prospecting with { Stage = "Qualified To Buy", Amount = 7m };

        var summary = PipelineSummary.Create(SalesProcess.SalesforceDefault, [prospecting, proposal, won, lost, noAmount, foreign]);

        Assert.Equal(new PipelineTotals(2, 1000m, 100m), summary.ByStage["Prospecting"]);
        Assert.Equal(new PipelineTotals(1, 2000m, 1500m), summary.ByStage["Proposal/Price Quote"]);
        Assert.Equal(new PipelineTotals(1, 500m, 500m), summary.ByStage["Closed Won"]);
        Assert.Equal(new PipelineTotals(1, 300m, 0m), summary.ByStage["Closed Lost"]);
        Assert.Equal(new PipelineTotals(0, 0m, 0m), summary.ByStage["Qualification"]);
        Assert.Equal(new PipelineTotals(1, 7m, 0.7m), summary.OtherStages);
        Assert.Equal(new PipelineTotals(4, 3007m, 1600.7m), summary.ByForecastCategory[ForecastCategory.Pipeline]);
        Assert.Equal(new PipelineTotals(1, 500m, 500m), summary.ByForecastCategory[ForecastCategory.Closed]);
        Assert.Equal(new PipelineTotals(1, 300m, 0m), summary.ByForecastCategory[ForecastCategory.Omitted]);
        Assert.Equal(new PipelineTotals(0, 0m, 0m), summary.ByForecastCategory[ForecastCategory.Commit]);
        Assert.Equal(new PipelineTotals(6, 3807m, 2100.7m), summary.Total);
        Assert.Equal(SalesProcess.SalesforceDefault.Stages.Select(s => s.Name), summary.ByStage.Keys);
    }

    [Fact]
    public void Create_UsesOverriddenProbabilities()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault);
        var overridden = workflow.OverrideProbability(workflow.Created(amount: 100m), 40).Ok().Opportunity;
        Assert.Equal(40m, PipelineSummary.Create(SalesProcess.SalesforceDefault, new[] { overridden }.AsEnumerable().Select(o => o)).Total.ExpectedRevenue);
    }

    [Fact]
    public void Create_OverNothing_IsAllZero()
    {
        var summary = PipelineSummary.Create(SalesProcess.HubSpotDefault, []);
        Assert.Equal(default, summary.Total);
        Assert.Equal(7, summary.ByStage.Count);
        Assert.Equal(6, summary.ByForecastCategory.Count);
        Assert.Equal(default, summary.ByForecastCategory[ForecastCategory.MostLikely]);
    }
}
