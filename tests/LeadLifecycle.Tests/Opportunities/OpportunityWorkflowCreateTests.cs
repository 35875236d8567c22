using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityWorkflowCreateTests
{
    private readonly ManualTimeProvider _clock = OpportunityTestSupport.Clock();

    [Fact]
    public void Create_StartsInTheDefaultStage_WithTheStageFields()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var opportunity = workflow.Create(new Opportunity { Name = "Dickenson Mobile Generators", Amount = 15000m, Probability = 55, IsWon = true }).Ok();

        Assert.Equal("Prospecting", opportunity.Stage);
        Assert.Equal(10, opportunity.Probability);
        Assert.Equal(ForecastCategory.Pipeline, opportunity.ForecastCategory);
        Assert.False(opportunity.IsClosed);
        Assert.False(opportunity.IsWon);
        Assert.Equal(1500m, opportunity.ExpectedRevenue);
        Assert.Equal(new OpportunityId("006000001"), opportunity.Id);
        var row = Assert.Single(opportunity.History);
        Assert.Equal(new OpportunityHistoryEntry(OpportunityTestSupport.Start, "Prospecting", 10, ForecastCategory.Pipeline, 15000m), row);
    }

    [Fact]
    public void Create_KeepsAGivenId()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var opportunity = workflow.Create(new Opportunity { Id = new OpportunityId("006xx"), Name = "Edge Emergency Generator" }).Ok();
        Assert.Equal(new OpportunityId("006xx"), opportunity.Id);
    }

    [Fact]
    public void Create_InAGivenActiveStage_TakesThatStagesFields()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var opportunity = workflow.Create(new Opportunity { Name = "Imported", Stage = "Closed Won", Amount = 100m }).Ok();
        Assert.True(opportunity.IsWon);
        Assert.True(opportunity.IsClosed);
        Assert.Equal(100, opportunity.Probability);
        Assert.Equal(ForecastCategory.Closed, opportunity.ForecastCategory);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenNameIsMissing_FailsWithRequiredFieldMissing(string name)
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = name }).SingleError<RequiredFieldMissingError>(ErrorCodes.RequiredFieldMissing);
        Assert.Equal("Name", error.Field);
    }

    [Fact]
    public void Create_WhenNameIsLongerThan120Characters_FailsWithStringTooLong()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        Assert.True(workflow.Create(new Opportunity { Name = new string('x', 120) }).IsSuccess);
        var error = workflow.Create(new Opportunity { Name = new string('x', 121) }).SingleError<StringTooLongError>(ErrorCodes.StringTooLong);
        Assert.Equal(120, error.MaxLength);
        Assert.Equal(121, error.ActualLength);
    }

    [Fact]
    public void Create_WhenStageIsUnknown_FailsWithUnknownOpportunityStage()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = "X", Stage = "Closed - Won" }).SingleError<UnknownOpportunityStageError>(ErrorCodes.UnknownOpportunityStage);
        Assert.Equal("Closed - Won", error.Stage);
    }

    [Fact]
    public void Create_WhenStageIsInactive_FailsWithInvalidFieldValue()
    {
        var process = new SalesProcessBuilder("P").AddOpenStage("A", 10).AddStage(new OpportunityStage("Old") { IsActive = false, SortOrder = 2 })
            .AddWonStage("Won").AddLostStage("Lost").Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        workflow.Create(new Opportunity { Name = "X", Stage = "Old" }).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
    }

    [Fact]
    public void Create_InAStageWithRequiredFields_ListsExactlyTheMissingOnes()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(SalesProcessPolicy.FreeMovement, requireAmountAndCloseDate: true), _clock);
        var error = workflow.Create(new Opportunity { Name = "X", Stage = "Negotiation/Review", Amount = 5m })
            .SingleError<StageRequiredFieldsMissingError>(ErrorCodes.StageRequiredFieldsMissing);
        Assert.Equal([OpportunityField.CloseDate], error.MissingFields);
        Assert.Equal("Negotiation/Review", error.Stage);
    }

    [Fact]
    public void Create_WithALossReasonOutsideALostStage_FailsWithInvalidFieldValue()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = "X", LossReason = "Price" }).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
        Assert.Equal("LossReason", error.Field);
    }

    [Fact]
    public void Create_InALostStageWithoutRequiredReason_FailsWithLossReasonRequired()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { RequireLossReason = true }), _clock);
        workflow.Create(new Opportunity { Name = "X", Stage = "Closed Lost" }).SingleError<LossReasonRequiredError>(ErrorCodes.LossReasonRequired);
        Assert.True(workflow.Create(new Opportunity { Name = "X", Stage = "Closed Lost", LossReason = "Price" }).IsSuccess);
    }

    [Fact]
    public void Create_ReportsEveryProblemAtOnce()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var result = workflow.Create(new Opportunity { Name = string.Empty, Stage = "Nowhere", LeadSource = new string('w', 256) });
        Assert.Equal([ErrorCodes.RequiredFieldMissing, ErrorCodes.StringTooLong, ErrorCodes.UnknownOpportunityStage], result.Codes());
    }

    [Fact]
    public void Start_PutsADraftInTheDefaultStage_ForLeadConversion()
    {
        var started = SalesProcess.HubSpotDefault.Start(new Opportunity { Name = "Converted", Amount = 10m }, new OpportunityId("O9"), OpportunityTestSupport.Start);
        Assert.Equal("Appointment Scheduled", started.Stage);
        Assert.Equal(20, started.Probability);
        Assert.Equal(new OpportunityId("O9"), started.Id);
        Assert.Equal(2m, started.ExpectedRevenue);
        Assert.Single(started.History);
    }
}
