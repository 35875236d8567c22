using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class SalesProcessPolicyTests
{
    private readonly FakeTimeProvider _clock = OpportunityTestSupport.Clock();

    [Fact]
    public void FreeMovement_AllowsMovingBackAndSkipping()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var skipped = workflow.MoveTo(workflow.Created(), "Negotiation/Review").Ok().Opportunity;
        Assert.Equal("Prospecting", workflow.MoveTo(skipped, "Prospecting").Ok().Opportunity.Stage);
    }

    [Fact]
    public void ForwardOnly_WhenMovingBack_FailsWithBackwardStageMove()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { ForwardOnly = true }), _clock);
        var opportunity = workflow.MoveTo(workflow.Created(), "Value Proposition").Ok().Opportunity;

        Assert.False(workflow.CanMoveTo(opportunity, "Needs Analysis"));
        var error = workflow.MoveTo(opportunity, "Needs Analysis").SingleError<BackwardStageMoveError>(ErrorCodes.BackwardStageMove);
        Assert.Equal("Value Proposition", error.FromStage);
        Assert.Equal("Needs Analysis", error.ToStage);
        Assert.True(workflow.MoveTo(opportunity, "Negotiation/Review").IsSuccess);
    }

    [Fact]
    public void ForwardOnly_WhenReopening_FailsWithBackwardStageMove()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { ForwardOnly = true }), _clock);
        var won = workflow.CloseAsWon(workflow.Created()).Ok().Opportunity;
        workflow.Reopen(won).SingleError<BackwardStageMoveError>(ErrorCodes.BackwardStageMove);
    }

    [Fact]
    public void NoSkipping_WhenMovingPastOpenStages_FailsListingExactlyTheSkippedStages()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { NoSkipping = true }), _clock);
        var opportunity = workflow.Created();

        var error = workflow.MoveTo(opportunity, "Value Proposition").SingleError<StageSkipError>(ErrorCodes.StageSkip);
        Assert.Equal(["Qualification", "Needs Analysis"], error.SkippedStages);
        Assert.True(workflow.MoveTo(opportunity, "Qualification").IsSuccess);
        Assert.True(workflow.Advance(opportunity).IsSuccess);
    }

    [Fact]
    public void NoSkipping_WhenClosingAsWonBeforeTheLastOpenStage_FailsWithStageSkip()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { NoSkipping = true }), _clock);
        var opportunity = workflow.Created();
        var error = workflow.CloseAsWon(opportunity).SingleError<StageSkipError>(ErrorCodes.StageSkip);
        Assert.Equal(7, error.SkippedStages.Count);
    }

    [Fact]
    public void NoSkipping_StillAllowsLosingFromAnyStage_AndMovingBack()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { NoSkipping = true }), _clock);
        var opportunity = workflow.Advance(workflow.Advance(workflow.Created()).Ok().Opportunity).Ok().Opportunity;
        Assert.True(workflow.CloseAsLost(opportunity, new LossDetails { Reason = "Budget" }).IsSuccess);
        Assert.True(workflow.MoveTo(opportunity, "Prospecting").IsSuccess);
    }

    [Fact]
    public void ForwardOnlyAndLockClosed_WhenReopening_ReportBothViolations()
    {
        var process = OpportunityTestSupport.Salesforce(new SalesProcessPolicy { NoSkipping = true, ForwardOnly = true, LockClosed = true });
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        var lost = workflow.CloseAsLost(workflow.Created(), new LossDetails { Reason = "Budget" }).Ok().Opportunity;
        var result = workflow.Reopen(lost, "Prospecting");
        Assert.Equal([ErrorCodes.ClosedOpportunityLocked, ErrorCodes.BackwardStageMove], result.Codes());
    }

    [Fact]
    public void LockClosed_WhenReopening_FailsWithClosedOpportunityLocked()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { LockClosed = true }), _clock);
        var won = workflow.CloseAsWon(workflow.Created()).Ok().Opportunity;

        Assert.False(workflow.CanReopen(won));
        var error = workflow.Reopen(won).SingleError<ClosedOpportunityLockedError>(ErrorCodes.ClosedOpportunityLocked);
        Assert.Equal("Closed Won", error.Stage);
        Assert.Equal("Reopen", error.Operation);
    }

    [Fact]
    public void LockClosed_WhenChangingTheAmountOfAClosedOpportunity_FailsWithClosedOpportunityLocked()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { LockClosed = true }), _clock);
        var won = workflow.CloseAsWon(workflow.Created(amount: 10m)).Ok().Opportunity;
        workflow.ChangeAmount(won, 20m).SingleError<ClosedOpportunityLockedError>(ErrorCodes.ClosedOpportunityLocked);
        workflow.ChangeCloseDate(won, new DateOnly(2026, 6, 30)).SingleError<ClosedOpportunityLockedError>(ErrorCodes.ClosedOpportunityLocked);
    }

    [Fact]
    public void FreeMovement_AllowsReopeningAndChangingClosedOpportunities()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var won = workflow.CloseAsWon(workflow.Created(amount: 10m)).Ok().Opportunity;
        Assert.Equal(20m, workflow.ChangeAmount(won, 20m).Ok().Opportunity.Amount);
        Assert.Equal(80, workflow.OverrideProbability(won, 80).Ok().Opportunity.Probability);
        Assert.True(workflow.Reopen(won).IsSuccess);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void RequireLossReason_WhenClosingAsLostWithoutOne_FailsWithLossReasonRequired(string? reason)
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { RequireLossReason = true }), _clock);
        var opportunity = workflow.Created();

        Assert.False(workflow.CanCloseAsLost(opportunity, new LossDetails { Reason = reason }));
        workflow.CloseAsLost(opportunity, new LossDetails { Reason = reason }).SingleError<LossReasonRequiredError>(ErrorCodes.LossReasonRequired);
        Assert.True(workflow.CanCloseAsLost(opportunity, new LossDetails { Reason = "Price" }));
        Assert.Equal("Price", workflow.CloseAsLost(opportunity, new LossDetails { Reason = "Price" }).Ok().Opportunity.LossReason);
    }

    [Fact]
    public void RequiredFields_WhenEnteringProposalWithoutThem_FailListingExactlyTheMissingFields()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(SalesProcessPolicy.FreeMovement, requireAmountAndContact: true), _clock);
        var opportunity = workflow.Created(amount: 1000m);

        Assert.True(workflow.CanMoveTo(opportunity, "Perception Analysis"));
        Assert.False(workflow.CanMoveTo(opportunity, "Proposal/Price Quote"));
        var error = workflow.MoveTo(opportunity, "Proposal/Price Quote").SingleError<StageRequiredFieldsMissingError>(ErrorCodes.StageRequiredFieldsMissing);
        Assert.Equal("Proposal/Price Quote", error.Stage);
        Assert.Equal([OpportunityField.ContactId], error.MissingFields);

        var bare = workflow.Created();
        Assert.Equal([OpportunityField.Amount, OpportunityField.ContactId],
            workflow.CloseAsWon(bare).SingleError<StageRequiredFieldsMissingError>(ErrorCodes.StageRequiredFieldsMissing).MissingFields);
        Assert.True(workflow.CloseAsLost(bare, new LossDetails { Reason = "Price" }).IsSuccess);
    }

    [Fact]
    public void RequiredFields_WhenPresent_AllowTheStage()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(SalesProcessPolicy.FreeMovement, requireAmountAndContact: true), _clock);
        var opportunity = workflow.Created(amount: 1000m) with { ContactId = new ContactId("003") };
        Assert.Equal("Proposal/Price Quote", workflow.MoveTo(opportunity, "Proposal/Price Quote").Ok().Opportunity.Stage);
    }

    [Fact]
    public void RequiredFields_WhenClearingARequiredAmount_FailsWithStageRequiredFieldsMissing()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(SalesProcessPolicy.FreeMovement, requireAmountAndContact: true), _clock);
        var opportunity = workflow.MoveTo(workflow.Created(amount: 1000m) with { ContactId = new ContactId("003") }, "Proposal/Price Quote").Ok().Opportunity;
        var error = workflow.ChangeAmount(opportunity, null).SingleError<StageRequiredFieldsMissingError>(ErrorCodes.StageRequiredFieldsMissing);
        Assert.Equal([OpportunityField.Amount], error.MissingFields);
        Assert.Equal(2000m, workflow.ChangeAmount(opportunity, 2000m).Ok().Opportunity.Amount);
    }

    [Fact]
    public void ForwardOnlyWithRequiredFields_WhenMovingBackWithoutFields_ReportsBoth()
    {
        var process = new SalesProcessBuilder("P").AddOpenStage("A", 10).AddOpenStage("B", 20).AddOpenStage("C", 30).AddWonStage("Won").AddLostStage("Lost")
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true })
            .RequireFields("A", OpportunityField.AccountId)
            .Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        var opportunity = workflow.Create(new Opportunity { Name = "X", Stage = "C", AccountId = new AccountId("001"), CloseDate = OpportunityTestSupport.CloseDate }).Ok() with { AccountId = null };
        var result = workflow.MoveTo(opportunity, "B");
        Assert.Equal([ErrorCodes.BackwardStageMove, ErrorCodes.StageRequiredFieldsMissing], result.Codes());
    }

    [Fact]
    public void SalesProcess_CanFire_AnswersForBareStageNames()
    {
        var process = OpportunityTestSupport.Salesforce(new SalesProcessPolicy { ForwardOnly = true });
        Assert.True(process.CanFire("Prospecting", OpportunityStageTrigger.MoveTo, "Needs Analysis"));
        Assert.False(process.CanFire("Needs Analysis", OpportunityStageTrigger.MoveTo, "Prospecting"));
        Assert.False(process.CanFire("Nowhere", OpportunityStageTrigger.MoveTo, "Prospecting"));
        Assert.False(process.CanFire("Prospecting", (OpportunityStageTrigger)99, "Needs Analysis"));
    }
}
