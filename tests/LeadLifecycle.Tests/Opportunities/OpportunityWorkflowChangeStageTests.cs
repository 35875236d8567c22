using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityWorkflowChangeStageTests
{
    private readonly FakeTimeProvider _clock = OpportunityTestSupport.Clock();
    private readonly OpportunityWorkflow _workflow;

    public OpportunityWorkflowChangeStageTests() => _workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);

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
}
