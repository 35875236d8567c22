using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityWorkflowCreateTests
{
    private readonly FakeTimeProvider _clock = OpportunityTestSupport.Clock();

    [Fact]
    public void Create_StartsInTheDefaultStage_WithTheStageFields_ClosedAndWonAlwaysFromTheStage()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var opportunity = workflow.Create(new Opportunity { Name = "Dickenson Mobile Generators", Amount = 15000m, CloseDate = OpportunityTestSupport.CloseDate, IsWon = true, IsClosed = true }).Ok();

        Assert.Equal("Prospecting", opportunity.Stage);
        Assert.Equal(10, opportunity.Probability);
        Assert.Equal(ForecastCategory.Pipeline, opportunity.ForecastCategory);
        Assert.False(opportunity.IsClosed);
        Assert.False(opportunity.IsWon);
        Assert.Equal(1500m, opportunity.ExpectedRevenue);
        Assert.Equal(new OpportunityId("006000001"), opportunity.Id);
        var row = Assert.Single(opportunity.History);
        Assert.Equal(new OpportunityHistoryEntry(OpportunityTestSupport.Start, "Prospecting", 10, ForecastCategory.Pipeline, 15000m, OpportunityTestSupport.CloseDate), row);
    }

    [Fact]
    public void Create_KeepsAProbabilityGivenInTheDraft_AsSalesforceKeepsAnExplicitProbability()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var imported = workflow.Create(new Opportunity { Name = "Imported", Stage = "Closed Won", Probability = 95, Amount = 1000m, CloseDate = OpportunityTestSupport.CloseDate }).Ok();
        Assert.Equal((95, 950m, true), (imported.Probability, imported.ExpectedRevenue, imported.IsWon));
        Assert.Equal(95, Assert.Single(imported.History).Probability);
        var open = workflow.Create(new Opportunity { Name = "Open", Probability = 35, ForecastCategory = ForecastCategory.BestCase, CloseDate = OpportunityTestSupport.CloseDate }).Ok();
        Assert.Equal((35, ForecastCategory.BestCase), (open.Probability, open.ForecastCategory));
    }

    [Fact]
    public void Create_WithoutCloseDate_FailsWithRequiredFieldMissing_AsSalesforceRequiresIt()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = "No date" }).SingleError<RequiredFieldMissingError>(ErrorCodes.RequiredFieldMissing);
        Assert.Equal("CloseDate", error.Field);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    [InlineData(150)]
    public void Create_WithAProbabilityOutOfRange_FailsWithInvalidFieldValue(int probability)
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = "X", Probability = probability, CloseDate = OpportunityTestSupport.CloseDate })
            .SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
        Assert.Equal("Probability", error.Field);
    }

    [Fact]
    public void Create_InAProcessOfClosedStagesOnly_WithoutAStage_FailsWithNoOpenStage_ButImportsANamedClosedStage()
    {
        var process = new SalesProcessBuilder("Closed only").AddLostStage("Closed Lost").Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        var error = workflow.Create(new Opportunity { Name = "X", CloseDate = OpportunityTestSupport.CloseDate }).SingleError<NoOpenStageError>(ErrorCodes.NoOpenStage);
        Assert.Equal("Closed only", error.Process);
        Assert.True(workflow.Create(new Opportunity { Name = "X", Stage = "Closed Lost", CloseDate = OpportunityTestSupport.CloseDate }).Ok().IsClosed);
    }

    [Fact]
    public void Create_WithoutAStage_UsesTheDefaultStage_NotTheFirst()
    {
        var process = new SalesProcessBuilder("Default in the middle").AddStages(SalesProcess.SalesforceDefault.Stages).WithDefaultStage("Needs Analysis").Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        Assert.Equal("Needs Analysis", workflow.Created().Stage);
        Assert.Equal("Prospecting", process.Stages[0].Name);
        Assert.Equal("Prospecting", process.FirstOpenStage!.Name);
    }

    [Fact]
    public void Create_KeepsAGivenId()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var opportunity = workflow.Create(new Opportunity { Id = new OpportunityId("006xx"), Name = "Edge Emergency Generator", CloseDate = OpportunityTestSupport.CloseDate }).Ok();
        Assert.Equal(new OpportunityId("006xx"), opportunity.Id);
    }

    [Fact]
    public void Create_InAGivenActiveStage_TakesThatStagesFields()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var opportunity = workflow.Create(new Opportunity { Name = "Imported", Stage = "Closed Won", Amount = 100m, CloseDate = OpportunityTestSupport.CloseDate }).Ok();
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
        var error = workflow.Create(new Opportunity { Name = name, CloseDate = OpportunityTestSupport.CloseDate }).SingleError<RequiredFieldMissingError>(ErrorCodes.RequiredFieldMissing);
        Assert.Equal("Name", error.Field);
    }

    [Fact]
    public void Create_WhenNameIsLongerThan120Characters_FailsWithStringTooLong()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        Assert.True(workflow.Create(new Opportunity { Name = new string('x', 120), CloseDate = OpportunityTestSupport.CloseDate }).IsSuccess);
        var error = workflow.Create(new Opportunity { Name = new string('x', 121), CloseDate = OpportunityTestSupport.CloseDate }).SingleError<StringTooLongError>(ErrorCodes.StringTooLong);
        Assert.Equal(120, error.MaxLength);
        Assert.Equal(121, error.ActualLength);
    }

    [Fact]
    public void Create_WhenStageIsUnknown_FailsWithUnknownOpportunityStage()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = "X", Stage = "Closed - Won", CloseDate = OpportunityTestSupport.CloseDate }).SingleError<UnknownOpportunityStageError>(ErrorCodes.UnknownOpportunityStage);
        Assert.Equal("Closed - Won", error.Stage);
    }

    [Fact]
    public void Create_WhenStageIsInactive_FailsWithInvalidFieldValue()
    {
        var process = new SalesProcessBuilder("P").AddOpenStage("A", 10).AddStage(new OpportunityStage("Old") { IsActive = false, SortOrder = 2 })
            .AddWonStage("Won").AddLostStage("Lost").Build();
        var workflow = OpportunityTestSupport.Workflow(process, _clock);
        workflow.Create(new Opportunity { Name = "X", Stage = "Old", CloseDate = OpportunityTestSupport.CloseDate }).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
    }

    [Fact]
    public void Create_InAStageWithRequiredFields_ListsExactlyTheMissingOnes()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(SalesProcessPolicy.FreeMovement, requireAmountAndContact: true), _clock);
        var error = workflow.Create(new Opportunity { Name = "X", Stage = "Negotiation/Review", Amount = 5m, CloseDate = OpportunityTestSupport.CloseDate })
            .SingleError<StageRequiredFieldsMissingError>(ErrorCodes.StageRequiredFieldsMissing);
        Assert.Equal([OpportunityField.ContactId], error.MissingFields);
        Assert.Equal("Negotiation/Review", error.Stage);
    }

    [Fact]
    public void Create_WithALossReasonOutsideALostStage_FailsWithInvalidFieldValue()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var error = workflow.Create(new Opportunity { Name = "X", LossReason = "Price", CloseDate = OpportunityTestSupport.CloseDate }).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
        Assert.Equal("LossReason", error.Field);
    }

    [Fact]
    public void Create_InALostStageWithoutRequiredReason_FailsWithLossReasonRequired()
    {
        var workflow = OpportunityTestSupport.Workflow(OpportunityTestSupport.Salesforce(new SalesProcessPolicy { RequireLossReason = true }), _clock);
        workflow.Create(new Opportunity { Name = "X", Stage = "Closed Lost", CloseDate = OpportunityTestSupport.CloseDate }).SingleError<LossReasonRequiredError>(ErrorCodes.LossReasonRequired);
        Assert.True(workflow.Create(new Opportunity { Name = "X", Stage = "Closed Lost", LossReason = "Price", CloseDate = OpportunityTestSupport.CloseDate }).IsSuccess);
    }

    [Fact]
    public void Create_ReportsEveryProblemAtOnce()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);
        var result = workflow.Create(new Opportunity { Name = string.Empty, Stage = "Nowhere", LeadSource = new string('w', 256), Amount = decimal.MaxValue });
        Assert.Equal(
            [ErrorCodes.RequiredFieldMissing, ErrorCodes.RequiredFieldMissing, ErrorCodes.InvalidFieldValue, ErrorCodes.StringTooLong, ErrorCodes.UnknownOpportunityStage],
            result.Codes());
    }

    [Fact]
    public void StartConverted_PutsADraftInTheFirstOpenStage_NotTheDefault_AsSalesforceKb000384436()
    {
        var process = new SalesProcessBuilder("Late default").AddStages(SalesProcess.HubSpotDefault.Stages).WithDefaultStage("Contract Sent").Build();
        var started = process.StartConverted(new Opportunity { Name = "Converted", Amount = 10m, Probability = 77 }, new OpportunityId("O9"), OpportunityTestSupport.Start);
        Assert.Equal("Appointment Scheduled", started.Stage);
        Assert.Equal(20, started.Probability);
        Assert.Equal(new OpportunityId("O9"), started.Id);
        Assert.Equal(2m, started.ExpectedRevenue);
        Assert.Single(started.History);
        Assert.Equal("Contract Sent", process.DefaultStage.Name);
    }
}
