using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityWorkflowVerbTests
{
    private readonly ManualTimeProvider _clock = OpportunityTestSupport.Clock();
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
    public void ChangeStage_PicksTheTriggerFromTheStageFlags()
    {
        var opportunity = _workflow.Created();
        var moved = _workflow.ChangeStage(opportunity, "Needs Analysis").Ok();
        var won = _workflow.ChangeStage(moved.Opportunity, "Closed Won").Ok();
        var reopened = _workflow.ChangeStage(won.Opportunity, "Qualification").Ok();
        var lost = _workflow.ChangeStage(reopened.Opportunity, "Closed Lost", new LossDetails { Reason = "Timing" }).Ok();

        Assert.Equal(OpportunityStageTrigger.MoveTo, Assert.IsType<OpportunityStageChanged>(moved.Event).Trigger);
        Assert.Equal(OpportunityStageTrigger.CloseAsWon, Assert.IsType<OpportunityWon>(won.Event).Trigger);
        Assert.IsType<OpportunityReopened>(reopened.Event);
        Assert.Equal("Timing", Assert.IsType<OpportunityLost>(lost.Event).LossReason);
    }

    [Fact]
    public void ChangeStage_FromClosedLostStraightToClosedWon_WinsIt_AsSettingStageNameDoes()
    {
        var lost = _workflow.CloseAsLost(_workflow.Created(amount: 800m), new LossDetails { Reason = "Price", Competitor = "Honda" }).Ok().Opportunity;
        _clock.Advance(TimeSpan.FromDays(3));
        Assert.True(_workflow.CanChangeStage(lost, "Closed Won"));

        var (won, @event) = _workflow.ChangeStage(lost, "Closed Won").Ok();

        Assert.Equal(("Closed Won", 100, ForecastCategory.Closed, true, true), (won.Stage, won.Probability, won.ForecastCategory, won.IsClosed, won.IsWon));
        Assert.Null(won.LossReason);
        Assert.Null(won.Competitor);
        Assert.Equal(new OpportunityWon(lost.Id, "Closed Lost", "Closed Won", OpportunityTestSupport.Start.AddDays(3), 800m, OpportunityStageTrigger.ChangeClosedStage), @event);
        Assert.Equal(3, won.History.Count);
    }

    [Fact]
    public void ChangeStage_FromClosedWonToClosedLost_LosesIt_WithTheLossDetails()
    {
        var won = _workflow.CloseAsWon(_workflow.Created()).Ok().Opportunity;
        var (lost, @event) = _workflow.ChangeStage(won, "Closed Lost", new LossDetails { Reason = "Cancelled" }).Ok();
        Assert.Equal((0, ForecastCategory.Omitted, false, "Cancelled"), (lost.Probability, lost.ForecastCategory, lost.IsWon, lost.LossReason));
        Assert.Equal(OpportunityStageTrigger.ChangeClosedStage, Assert.IsType<OpportunityLost>(@event).Trigger);
    }

    [Fact]
    public void ChangeStage_ClosedToClosed_IsRefusedByLockClosed_AndByForwardOnlyWhenItMovesBack()
    {
        var locked = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { LockClosed = true }), _clock);
        var lostLocked = locked.CloseAsLost(locked.Created()).Ok().Opportunity;
        Assert.False(locked.CanChangeStage(lostLocked, "Closed Won"));
        Assert.Equal("ChangeClosedStage", locked.ChangeStage(lostLocked, "Closed Won").SingleError<ClosedOpportunityLockedError>(ErrorCodes.ClosedOpportunityLocked).Operation);

        var forward = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { ForwardOnly = true }), _clock);
        var won = forward.CloseAsWon(forward.Created()).Ok().Opportunity;
        Assert.Equal("Closed Lost", forward.ChangeStage(won, "Closed Lost").Ok().Opportunity.Stage);
        var lost = forward.CloseAsLost(forward.Created()).Ok().Opportunity;
        var error = forward.ChangeStage(lost, "Closed Won").SingleError<BackwardStageMoveError>(ErrorCodes.BackwardStageMove);
        Assert.Equal(OpportunityStageTrigger.ChangeClosedStage, error.Trigger);
    }

    [Fact]
    public void ChangeStage_WithLossDetailsForAStageThatIsNotLost_FailsWithInvalidFieldValue()
    {
        var opportunity = _workflow.Created();
        var loss = new LossDetails { Reason = "Price" };
        Assert.False(_workflow.CanChangeStage(opportunity, "Closed Won", loss));
        Assert.Equal("LossReason", _workflow.ChangeStage(opportunity, "Closed Won", loss).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Equal("Competitor", _workflow.Fire(opportunity, OpportunityStageTrigger.MoveTo, "Qualification", new LossDetails { Competitor = "Honda" })
            .SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
    }

    [Fact]
    public void ChangeStage_ToTheSameStage_FailsNamingThePermittedTransitions()
    {
        var opportunity = _workflow.Created();
        var error = _workflow.ChangeStage(opportunity, "Prospecting").SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
        Assert.Contains(new PermittedStageTransition(OpportunityStageTrigger.MoveTo, "Qualification"), error.PermittedTransitions);
        Assert.Contains("Permitted from there: MoveTo 'Qualification'", error.Message, StringComparison.Ordinal);
        Assert.Contains("CloseAsWon 'Closed Won'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MoveTo 'Qualification'", (string[])error.Metadata["PermittedTransitions"]);
    }

    [Fact]
    public void Fire_IsTheSameTransitionAsTheNamedVerb()
    {
        var opportunity = _workflow.Created(amount: 10m);
        var fired = _workflow.Fire(opportunity, OpportunityStageTrigger.CloseAsLost, "Closed Lost", new LossDetails { Reason = "Price" }).Ok();
        var named = _workflow.CloseAsLost(opportunity, new LossDetails { Reason = "Price" }).Ok();
        Assert.Equal(named, fired);
    }

    [Fact]
    public void Fire_WithAnUndefinedTrigger_FailsWithStageTransitionNotPermitted_EvenWithTelemetryOn()
    {
        var workflow = new OpportunityWorkflow(SalesProcess.SalesforceDefault, new OpportunityWorkflowOptions { EnableTelemetry = true });
        var opportunity = workflow.Created();
        Assert.False(workflow.CanFire(opportunity, (OpportunityStageTrigger)99, "Qualification"));
        var error = workflow.Fire(opportunity, (OpportunityStageTrigger)99, "Qualification").SingleError<StageTransitionNotPermittedError>(ErrorCodes.StageTransitionNotPermitted);
        Assert.Equal("the trigger is not defined", error.Reason);
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
    public void OverrideProbability_OnAnOpenOpportunity_ChangesItUntilTheNextStageChange()
    {
        var opportunity = _workflow.Created(amount: 200m);
        var (overridden, @event) = _workflow.OverrideProbability(opportunity, 35).Ok();
        Assert.Equal(35, overridden.Probability);
        Assert.Equal(70m, overridden.ExpectedRevenue);
        Assert.Equal(2, overridden.History.Count);
        Assert.Equal(new OpportunityFieldChanged(opportunity.Id, "Prospecting", "Probability", "10", "35", OpportunityTestSupport.Start), @event);
        Assert.Equal(10, _workflow.Advance(overridden).Ok().Opportunity.Probability);
    }

    [Fact]
    public void OverrideProbability_OnAClosedOpportunity_IsAllowedByDefault_AsSalesforceAllowsIt()
    {
        var won = _workflow.CloseAsWon(_workflow.Created(amount: 1000m)).Ok().Opportunity;
        Assert.True(_workflow.CanOverrideProbability(won, 90));
        var overridden = _workflow.OverrideProbability(won, 90).Ok().Opportunity;
        Assert.Equal((90, 900m, true), (overridden.Probability, overridden.ExpectedRevenue, overridden.IsWon));
    }

    [Fact]
    public void OverrideProbability_OnAClosedOpportunity_UnderLockProbabilityOnClosed_FailsWithProbabilityOverrideNotAllowed()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { LockProbabilityOnClosed = true }), _clock);
        var won = workflow.CloseAsWon(workflow.Created()).Ok().Opportunity;
        Assert.False(workflow.CanOverrideProbability(won, 50));
        var error = workflow.OverrideProbability(won, 50).SingleError<ProbabilityOverrideNotAllowedError>(ErrorCodes.ProbabilityOverrideNotAllowed);
        Assert.Equal(("Closed Won", "Probability"), (error.Stage, error.Field));
        Assert.Equal("ForecastCategory", workflow.OverrideForecastCategory(won, ForecastCategory.Commit)
            .SingleError<ProbabilityOverrideNotAllowedError>(ErrorCodes.ProbabilityOverrideNotAllowed).Field);
        Assert.True(workflow.OverrideProbability(workflow.Created(), 50).IsSuccess);
    }

    [Fact]
    public void OverrideForecastCategory_ChangesItUntilTheNextStageChange()
    {
        var opportunity = _workflow.Created();
        Assert.True(_workflow.CanOverrideForecastCategory(opportunity, ForecastCategory.MostLikely));
        var (changed, @event) = _workflow.OverrideForecastCategory(opportunity, ForecastCategory.MostLikely).Ok();
        Assert.Equal(ForecastCategory.MostLikely, changed.ForecastCategory);
        Assert.Equal(new OpportunityFieldChanged(opportunity.Id, "Prospecting", "ForecastCategory", "Pipeline", "MostLikely", OpportunityTestSupport.Start), @event);
        Assert.Equal(ForecastCategory.Pipeline, _workflow.Advance(changed).Ok().Opportunity.ForecastCategory);
    }

    [Fact]
    public void OverrideForecastCategory_ToClosedOnAnOpenOpportunity_OrUndefined_FailsWithInvalidFieldValue()
    {
        var opportunity = _workflow.Created();
        Assert.False(_workflow.CanOverrideForecastCategory(opportunity, ForecastCategory.Closed));
        Assert.Equal("ForecastCategory", _workflow.OverrideForecastCategory(opportunity, ForecastCategory.Closed).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Equal("ForecastCategory", _workflow.OverrideForecastCategory(opportunity, (ForecastCategory)42).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
    }

    [Fact]
    public void ChangeCloseDate_SetsIt_AndRecordsTheEvent()
    {
        var opportunity = _workflow.Created();
        var (changed, @event) = _workflow.ChangeCloseDate(opportunity, new DateOnly(2026, 9, 30)).Ok();
        Assert.Equal(new DateOnly(2026, 9, 30), changed.CloseDate);
        Assert.Equal(new OpportunityFieldChanged(opportunity.Id, "Prospecting", "CloseDate", "2026-06-30", "2026-09-30", OpportunityTestSupport.Start), @event);
    }

    [Fact]
    public void AllVerbs_ReturnTheOneResultShape_ThatAGenericHarnessCanDrive()
    {
        var opportunity = _workflow.Created(amount: 10m);
        Func<Opportunity, FluentResults.Result<OpportunityChange>>[] verbs =
        [
            o => _workflow.MoveTo(o, "Needs Analysis"),
            o => _workflow.ChangeAmount(o, 20m),
            o => _workflow.OverrideProbability(o, 30),
            o => _workflow.OverrideForecastCategory(o, ForecastCategory.BestCase),
            o => _workflow.ChangeCloseDate(o, new DateOnly(2026, 12, 31)),
            o => _workflow.Advance(o),
            o => _workflow.CloseAsLost(o),
            o => _workflow.ChangeStage(o, "Closed Won"),
            o => _workflow.Reopen(o),
        ];

        foreach (var verb in verbs)
        {
            IRecordChange<Opportunity> change = verb(opportunity).Ok();
            Assert.NotSame(opportunity, change.Record);
            Assert.Equal(((OpportunityChange)change).Event, change.LifecycleEvent);
            opportunity = change.Record;
        }

        Assert.Equal(("Value Proposition", 50), (opportunity.Stage, opportunity.Probability));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void OverrideProbability_OutOfRange_FailsWithInvalidFieldValue(int probability)
    {
        var error = _workflow.OverrideProbability(_workflow.Created(), probability).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
        Assert.Equal("Probability", error.Field);
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
