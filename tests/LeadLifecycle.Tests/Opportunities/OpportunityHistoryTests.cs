using System.Text.Json;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityHistoryTests
{
    private readonly ManualTimeProvider _clock = OpportunityTestSupport.Clock();
    private readonly OpportunityWorkflow _workflow;

    public OpportunityHistoryTests() => _workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);

    [Fact]
    public void History_GetsARowForEveryChangeOfStageAmountProbabilityAndCloseDate()
    {
        var opportunity = _workflow.Created(amount: 100m, closeDate: new DateOnly(2026, 3, 31));
        _clock.Advance(TimeSpan.FromHours(1));
        opportunity = _workflow.ChangeAmount(opportunity, 200m).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromHours(1));
        opportunity = _workflow.ChangeCloseDate(opportunity, new DateOnly(2026, 6, 30)).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromHours(1));
        opportunity = _workflow.OverrideProbability(opportunity, 15).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromMinutes(30));
        opportunity = _workflow.OverrideForecastCategory(opportunity, ForecastCategory.BestCase).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromHours(1));
        opportunity = _workflow.Advance(opportunity).Ok().Opportunity;

        Assert.Equal(
            [
                new OpportunityHistoryEntry(OpportunityTestSupport.Start, "Prospecting", 10, ForecastCategory.Pipeline, 100m, new DateOnly(2026, 3, 31)),
                new OpportunityHistoryEntry(OpportunityTestSupport.Start.AddHours(1), "Prospecting", 10, ForecastCategory.Pipeline, 200m, new DateOnly(2026, 3, 31)),
                new OpportunityHistoryEntry(OpportunityTestSupport.Start.AddHours(2), "Prospecting", 10, ForecastCategory.Pipeline, 200m, new DateOnly(2026, 6, 30)),
                new OpportunityHistoryEntry(OpportunityTestSupport.Start.AddHours(3), "Prospecting", 15, ForecastCategory.Pipeline, 200m, new DateOnly(2026, 6, 30)),
                new OpportunityHistoryEntry(OpportunityTestSupport.Start.AddHours(4.5), "Qualification", 10, ForecastCategory.Pipeline, 200m, new DateOnly(2026, 6, 30)),
            ],
            opportunity.History);
    }

    [Fact]
    public void ChangeAmount_ToTheSameValue_ReturnsTheSameValuesOneVersionLater_AndAnEventWithEqualValues()
    {
        var opportunity = _workflow.Created(amount: 100m);
        var (same, @event) = _workflow.ChangeAmount(opportunity, 100m).Ok();
        Assert.Equal(opportunity with { Version = opportunity.Version + 1 }, same);
        Assert.Equal(new OpportunityFieldChanged(opportunity.Id, "Prospecting", "Amount", "100", "100", OpportunityTestSupport.Start), @event);
    }

    [Fact]
    public void OverrideForecastCategory_AddsNoRow_AndTheNextRowRecordsIt()
    {
        var opportunity = _workflow.Created(amount: 100m);
        var best = _workflow.OverrideForecastCategory(opportunity, ForecastCategory.MostLikely).Ok().Opportunity;
        Assert.Single(best.History);
        Assert.Equal(ForecastCategory.MostLikely, _workflow.ChangeAmount(best, 300m).Ok().Opportunity.History[^1].ForecastCategory);
    }

    [Fact]
    public void History_HasValueEquality_SoOpportunitiesCompareByContent()
    {
        var first = _workflow.Created(amount: 5m) with { Id = new OpportunityId("O") };
        var second = _workflow.Created(amount: 5m) with { Id = new OpportunityId("O") };
        Assert.NotSame(first.History, second.History);
        Assert.Equal(first.History, second.History);
        Assert.Equal(first.History.GetHashCode(), second.History.GetHashCode());
        Assert.Equal(first, second);
        Assert.NotEqual(first.History, first.History.Append(first.History[0]));
    }

    [Fact]
    public void History_CanBeBuiltFromACollectionExpression()
    {
        var entry = new OpportunityHistoryEntry(OpportunityTestSupport.Start, "Prospecting", 10, ForecastCategory.Pipeline, null, null);
        OpportunityHistory history = [entry, entry];
        Assert.Equal(2, history.Count);
        Assert.Equal(OpportunityHistory.Empty, (OpportunityHistory)[]);
    }

    [Fact]
    public void Append_LeavesTheOriginalHistoryUntouched()
    {
        var opportunity = _workflow.Created();
        var moved = _workflow.Advance(opportunity).Ok().Opportunity;
        Assert.Single(opportunity.History);
        Assert.Equal(2, moved.History.Count);
        Assert.Equal(opportunity.History[0], moved.History[0]);
    }

    [Fact]
    public void TimeInStages_SumsEveryVisitToAStage()
    {
        var opportunity = _workflow.Created();
        _clock.Advance(TimeSpan.FromDays(2));
        opportunity = _workflow.Advance(opportunity).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromDays(3));
        opportunity = _workflow.MoveTo(opportunity, "Prospecting").Ok().Opportunity;
        _clock.Advance(TimeSpan.FromDays(1));
        opportunity = _workflow.ChangeAmount(opportunity, 10m).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromDays(4));

        var times = _workflow.GetTimeInStages(opportunity);

        Assert.Equal(["Prospecting", "Qualification"], times.Keys);
        Assert.Equal(TimeSpan.FromDays(7), times["Prospecting"]);
        Assert.Equal(TimeSpan.FromDays(3), times["Qualification"]);
        Assert.Equal(TimeSpan.FromDays(5), _workflow.GetTimeInCurrentStage(opportunity));
    }

    [Fact]
    public void IsStale_WhenLongerInTheStageThanAllowed_IsTrue()
    {
        var opportunity = _workflow.Created();
        _clock.Advance(TimeSpan.FromDays(30));
        Assert.False(_workflow.IsStale(opportunity, TimeSpan.FromDays(30)));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_workflow.IsStale(opportunity, TimeSpan.FromDays(30)));
        var moved = _workflow.Advance(opportunity).Ok().Opportunity;
        Assert.False(_workflow.IsStale(moved, TimeSpan.FromDays(30)));
    }

    [Fact]
    public void IsStale_ForAClosedOpportunity_IsFalse()
    {
        var won = _workflow.CloseAsWon(_workflow.Created()).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromDays(365));
        Assert.False(_workflow.IsStale(won, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void TimeInCurrentStage_WithoutHistory_IsNull()
    {
        Assert.Null(_workflow.GetTimeInCurrentStage(new Opportunity { Name = "Loaded", Stage = "Prospecting" }));
        Assert.False(_workflow.IsStale(new Opportunity { Name = "Loaded", Stage = "Prospecting" }, TimeSpan.Zero));
    }

    [Fact]
    public void HistoryEntries_SurviveAJsonRoundTrip()
    {
        var opportunity = _workflow.Advance(_workflow.Created(amount: 12.5m, closeDate: new DateOnly(2026, 9, 30))).Ok().Opportunity;
        var json = JsonSerializer.Serialize(opportunity.History.ToArray());
        var entries = JsonSerializer.Deserialize<OpportunityHistoryEntry[]>(json)!;
        Assert.Equal(opportunity.History, OpportunityHistory.Create(entries));
    }
}
