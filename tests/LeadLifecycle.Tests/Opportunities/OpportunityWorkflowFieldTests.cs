using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityWorkflowFieldTests
{
    private readonly FakeTimeProvider _clock = OpportunityTestSupport.Clock();
    private readonly OpportunityWorkflow _workflow;

    public OpportunityWorkflowFieldTests() => _workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);

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
}
