using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityWorkflowVerbTests
{
    private readonly FakeTimeProvider _clock = OpportunityTestSupport.Clock();
    private readonly OpportunityWorkflow _workflow;

    public OpportunityWorkflowVerbTests() => _workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);

    [Fact]
    public void MoveTo_AnOpenStage_SetsTheStageFields_AndReturnsStageChangedAtTheClocksTime()
    {
        var opportunity = _workflow.Created(amount: 1000m);
        _clock.Advance(TimeSpan.FromHours(3));

        var (moved, @event) = _workflow.MoveTo(opportunity, "Value Proposition").Ok();

        Assert.Equal("Value Proposition", moved.Stage);
        Assert.Equal(50, moved.Probability);
        Assert.Equal(500m, moved.ExpectedRevenue);
        var changed = Assert.IsType<OpportunityStageChanged>(@event);
        Assert.Equal(new OpportunityStageChanged(opportunity.Id, "Prospecting", "Value Proposition", OpportunityStageTrigger.MoveTo, OpportunityTestSupport.Start.AddHours(3)), changed);
        Assert.Equal("Prospecting", opportunity.Stage);
    }

    [Fact]
    public void MoveTo_AClosedStage_FailsWithStageChangeNotPermitted()
    {
        var opportunity = _workflow.Created();
        var error = _workflow.MoveTo(opportunity, "Closed Won").SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
        Assert.Equal("Prospecting", error.FromStage);
        Assert.Equal("Closed Won", error.ToStage);
        Assert.False(_workflow.CanMoveTo(opportunity, "Closed Won"));
    }

    [Fact]
    public void MoveTo_TheSameStage_FailsWithStageChangeNotPermitted()
    {
        var opportunity = _workflow.Created();
        _workflow.MoveTo(opportunity, "Prospecting").SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
    }

    [Fact]
    public void MoveTo_AnUnknownStage_FailsWithUnknownOpportunityStage()
    {
        var opportunity = _workflow.Created();
        var error = _workflow.MoveTo(opportunity, "Closed - Won").SingleError<UnknownOpportunityStageError>(ErrorCodes.UnknownOpportunityStage);
        Assert.Equal("Closed - Won", error.Stage);
    }

    [Fact]
    public void MoveTo_FromAStageOutsideTheProcess_FailsWithUnknownOpportunityStage()
    {
        var opportunity = _workflow.Created() with { Stage = "Qualified To Buy" };
        var error = _workflow.MoveTo(opportunity, "Prospecting").SingleError<UnknownOpportunityStageError>(ErrorCodes.UnknownOpportunityStage);
        Assert.Equal("Qualified To Buy", error.Stage);
    }

    [Fact]
    public void Advance_MovesToTheNextOpenStage()
    {
        var opportunity = _workflow.Created();
        var (advanced, @event) = _workflow.Advance(opportunity).Ok();
        Assert.Equal("Qualification", advanced.Stage);
        Assert.Equal(OpportunityStageTrigger.Advance, Assert.IsType<OpportunityStageChanged>(@event).Trigger);
        Assert.True(_workflow.CanAdvance(opportunity));
    }

    [Fact]
    public void Advance_FromTheLastOpenStage_FailsWithStageChangeNotPermitted()
    {
        var opportunity = _workflow.MoveTo(_workflow.Created(), "Negotiation/Review").Ok().Opportunity;
        Assert.False(_workflow.CanAdvance(opportunity));
        var error = _workflow.Advance(opportunity).SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
        Assert.Null(error.ToStage);
    }

    [Fact]
    public void Advance_SkipsInactiveStages()
    {
        var process = new SalesProcessBuilder("P").AddOpenStage("A", 10).AddStage(new OpportunityStage("Old") { IsActive = false, SortOrder = 2 })
            .AddOpenStage("B", 50).AddWonStage("Won").AddLostStage("Lost").Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        Assert.Equal("B", workflow.Advance(workflow.Created()).Ok().Opportunity.Stage);
        Assert.Equal("B", process.GetNextStage("A")!.Name);
    }

    [Fact]
    public void CloseAsWon_ClosesInTheOnlyWonStage_WithProbability100()
    {
        var opportunity = _workflow.Created(amount: 235000m);
        _clock.Advance(TimeSpan.FromDays(1));
        var (won, @event) = _workflow.CloseAsWon(opportunity).Ok();

        Assert.True(won.IsWon);
        Assert.True(won.IsClosed);
        Assert.Equal(100, won.Probability);
        Assert.Equal(ForecastCategory.Closed, won.ForecastCategory);
        Assert.Equal(new OpportunityWon(opportunity.Id, "Prospecting", "Closed Won", OpportunityTestSupport.Start.AddDays(1), 235000m), @event);
    }

    [Fact]
    public void CloseAsWon_WhenSeveralWonStagesAndNoneNamed_FailsWithClosingStageRequired()
    {
        var process = new SalesProcessBuilder("P").AddOpenStage("A", 10).AddWonStage("Won - New").AddWonStage("Won - Renewal").AddLostStage("Lost").Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        var opportunity = workflow.Created();

        var error = workflow.CloseAsWon(opportunity).SingleError<ClosingStageRequiredError>(ErrorCodes.ClosingStageRequired);
        Assert.Equal(["Won - New", "Won - Renewal"], error.Candidates);
        Assert.False(workflow.CanCloseAsWon(opportunity));
        Assert.Equal("Won - Renewal", workflow.CloseAsWon(opportunity, "Won - Renewal").Ok().Opportunity.Stage);
    }

    [Fact]
    public void CloseAsWon_ToALostStage_FailsWithStageChangeNotPermitted()
    {
        _workflow.CloseAsWon(_workflow.Created(), "Closed Lost").SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
    }

    [Fact]
    public void CloseAsWon_WhenAlreadyClosed_FailsWithStageChangeNotPermitted()
    {
        var won = _workflow.CloseAsWon(_workflow.Created()).Ok().Opportunity;
        var error = _workflow.CloseAsWon(won).SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
        Assert.Equal("the opportunity is already in that stage", error.Reason);
    }

    [Fact]
    public void CloseAsLost_RecordsReasonAndCompetitor_InTheOpportunityAndTheEvent()
    {
        var opportunity = _workflow.Created(amount: 50m);
        var (lost, @event) = _workflow.CloseAsLost(opportunity, new LossDetails { Reason = "Price", Competitor = "John Deere" }).Ok();

        Assert.True(lost.IsClosed);
        Assert.False(lost.IsWon);
        Assert.Equal(0, lost.Probability);
        Assert.Equal(ForecastCategory.Omitted, lost.ForecastCategory);
        Assert.Equal("Price", lost.LossReason);
        Assert.Equal("John Deere", lost.Competitor);
        Assert.Equal(new OpportunityLost(opportunity.Id, "Prospecting", "Closed Lost", OpportunityTestSupport.Start, "Price", "John Deere"), @event);
    }

    [Fact]
    public void CloseAsLost_WithoutReason_SucceedsUnderFreeMovement()
    {
        var lost = _workflow.CloseAsLost(_workflow.Created()).Ok().Opportunity;
        Assert.Null(lost.LossReason);
    }

    [Fact]
    public void CloseAsLost_WithAReasonLongerThan255Characters_FailsWithStringTooLong()
    {
        var error = _workflow.CloseAsLost(_workflow.Created(), new LossDetails { Reason = new string('r', 256) }).SingleError<StringTooLongError>(ErrorCodes.StringTooLong);
        Assert.Equal("LossReason", error.Field);
    }

    [Fact]
    public void Reopen_ReturnsToTheLastOpenStage_AndClearsLossReasonAndCompetitor()
    {
        var opportunity = _workflow.MoveTo(_workflow.Created(), "Needs Analysis").Ok().Opportunity;
        var lost = _workflow.CloseAsLost(opportunity, new LossDetails { Reason = "Price", Competitor = "Honda" }).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromDays(2));

        var (reopened, @event) = _workflow.Reopen(lost).Ok();

        Assert.Equal("Needs Analysis", reopened.Stage);
        Assert.Equal(20, reopened.Probability);
        Assert.False(reopened.IsClosed);
        Assert.Null(reopened.LossReason);
        Assert.Null(reopened.Competitor);
        Assert.Equal(new OpportunityReopened(opportunity.Id, "Closed Lost", "Needs Analysis", OpportunityTestSupport.Start.AddDays(2)), @event);
    }

    [Fact]
    public void Reopen_ToANamedStage_GoesThere()
    {
        var won = _workflow.CloseAsWon(_workflow.Created()).Ok().Opportunity;
        Assert.True(_workflow.CanReopen(won, "Negotiation/Review"));
        Assert.Equal("Negotiation/Review", _workflow.Reopen(won, "Negotiation/Review").Ok().Opportunity.Stage);
    }

    [Fact]
    public void Reopen_AnOpenOpportunity_FailsWithStageChangeNotPermitted()
    {
        var opportunity = _workflow.MoveTo(_workflow.Created(), "Needs Analysis").Ok().Opportunity;
        _workflow.Reopen(opportunity, "Prospecting").SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
    }

    [Fact]
    public void GetPermittedStageTransitions_FromPerceptionAnalysis_UnderFreeMovement_ListsEveryOpenStageAndBothClosings()
    {
        var opportunity = _workflow.MoveTo(_workflow.Created(), "Perception Analysis").Ok().Opportunity;
        var permitted = _workflow.GetPermittedStageTransitions(opportunity);
        Assert.Equal(7, permitted.Count(p => p.Trigger == OpportunityStageTrigger.MoveTo));
        Assert.Equal([new PermittedStageTransition(OpportunityStageTrigger.Advance, "Proposal/Price Quote")], permitted.Where(p => p.Trigger == OpportunityStageTrigger.Advance));
        Assert.Contains(new PermittedStageTransition(OpportunityStageTrigger.CloseAsWon, "Closed Won"), permitted);
        Assert.Contains(new PermittedStageTransition(OpportunityStageTrigger.CloseAsLost, "Closed Lost"), permitted);
        Assert.DoesNotContain(permitted, p => p.Trigger == OpportunityStageTrigger.Reopen);
    }

    [Fact]
    public void Verbs_RejectNullOpportunities()
    {
        Assert.Throws<ArgumentNullException>(() => _workflow.MoveTo(null!, "Prospecting"));
        Assert.Throws<ArgumentNullException>(() => _workflow.Advance(null!));
        Assert.Throws<ArgumentNullException>(() => _workflow.CloseAsWon(null!));
        Assert.Throws<ArgumentNullException>(() => _workflow.Create(null!));
    }
}
