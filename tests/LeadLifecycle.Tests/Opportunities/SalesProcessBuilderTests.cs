using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

public class SalesProcessBuilderTests
{
    private static SalesProcessBuilder Valid() => new SalesProcessBuilder("Test")
        .AddOpenStage("Discovery", 10)
        .AddOpenStage("Proposal", 50)
        .AddWonStage("Won")
        .AddLostStage("Lost");

    [Fact]
    public void Build_WithOpenWonAndLostStages_Succeeds()
    {
        var process = Valid().Build();
        Assert.Equal(["Discovery", "Proposal", "Won", "Lost"], process.Stages.Select(s => s.Name));
        Assert.Equal("Discovery", process.DefaultStage.Name);
    }

    [Fact]
    public void Build_OrdersStagesBySortOrderThenByAddition()
    {
        var process = new SalesProcessBuilder("Test")
            .AddStage(new OpportunityStage("Lost") { IsClosed = true, SortOrder = 9 })
            .AddStage(new OpportunityStage("Won") { IsClosed = true, IsWon = true, Probability = 100, SortOrder = 5 })
            .AddStage(new OpportunityStage("B") { SortOrder = 1 })
            .AddStage(new OpportunityStage("A") { SortOrder = 1 })
            .Build();
        Assert.Equal(["B", "A", "Won", "Lost"], process.Stages.Select(s => s.Name));
    }

    [Fact]
    public void TryBuild_WhenStageNameIsDuplicated_FailsWithDuplicateValue()
    {
        var result = Valid().AddOpenStage("Proposal", 60).TryBuild();
        var error = Assert.IsType<DuplicateValueError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.DuplicateValue, error.Code);
        Assert.Equal("Proposal", error.Value);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void TryBuild_WhenProbabilityIsOutOfRange_FailsWithInvalidValue(int probability)
    {
        var result = Valid().AddOpenStage("Odd", probability).TryBuild();
        var error = Assert.IsType<InconsistentDefinitionValueError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.InconsistentDefinitionValue, error.Code);
        Assert.Equal("Odd", error.Value);
    }

    [Fact]
    public void TryBuild_WhenWonStageIsNotClosed_FailsWithInvalidValue()
    {
        var result = Valid().AddStage(new OpportunityStage("Half won") { IsWon = true, SortOrder = 3 }).TryBuild();
        var error = Assert.IsType<InconsistentDefinitionValueError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.InconsistentDefinitionValue, error.Code);
        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_WhenForecastCategoryIsUndefined_FailsWithInvalidValue()
    {
        var result = Valid().AddStage(new OpportunityStage("Odd") { ForecastCategory = (ForecastCategory)42, SortOrder = 3 }).TryBuild();
        Assert.Equal([ErrorCodes.InconsistentDefinitionValue], result.Codes());
    }

    [Fact]
    public void TryBuild_WhenFirstStageIsClosed_KeepsTheOrder_AndDefaultsToTheFirstOpenStage()
    {
        var process = new SalesProcessBuilder("Test").AddLostStage("Lost").AddOpenStage("Open", 10).AddWonStage("Won").Build();
        Assert.Equal(["Lost", "Open", "Won"], process.Stages.Select(s => s.Name));
        Assert.Equal("Open", process.DefaultStage.Name);
        Assert.Equal("Open", process.FirstOpenStage!.Name);
    }

    [Fact]
    public void TryBuild_WhenTheDefaultStageIsClosed_FailsWithInvalidDefaultValue()
    {
        var result = Valid().WithDefaultStage("Lost").TryBuild();
        var error = Assert.IsType<DefaultValueNotOpenAndActiveError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.DefaultValueNotOpenAndActive, error.Code);
        Assert.Equal("Lost", error.Value);
    }

    [Fact]
    public void TryBuild_WhenTheDefaultStageIsInactive_FailsWithInvalidDefaultValue()
    {
        var result = Valid().AddStage(new OpportunityStage("Old") { IsActive = false, SortOrder = -1 }).WithDefaultStage("Old").TryBuild();
        Assert.Equal([ErrorCodes.DefaultValueNotOpenAndActive], result.Codes());
    }

    [Fact]
    public void TryBuild_WhenTheDefaultStageIsUnknown_FailsWithUnknownValue()
    {
        Assert.Equal([ErrorCodes.UnknownValue], Valid().WithDefaultStage("Nowhere").TryBuild().Codes());
    }

    [Fact]
    public void WithDefaultStage_KeepsTheStageOrder_SoForwardOnlyStillMeasuresThePicklistOrder()
    {
        var process = new SalesProcessBuilder("Late default").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithDefaultStage("Negotiation/Review").WithPolicy(new SalesProcessPolicy { ForwardOnly = true }).Build();
        Assert.Equal(SalesProcess.SalesforceDefault.Stages.Select(s => s.Name), process.Stages.Select(s => s.Name));
        Assert.Equal("Negotiation/Review", process.DefaultStage.Name);
        Assert.False(process.CanFire("Negotiation/Review", OpportunityStageTrigger.MoveTo, "Prospecting"));
        Assert.True(process.CanFire("Prospecting", OpportunityStageTrigger.MoveTo, "Negotiation/Review"));
    }

    [Fact]
    public void TryBuild_WithClosedStagesOnly_Succeeds_AsRealOrgsHaveSuchProcesses()
    {
        var process = new SalesProcessBuilder("Closed only").AddLostStage("Closed Lost").Build();
        Assert.Null(process.FirstOpenStage);
        Assert.Equal("Closed Lost", process.DefaultStage.Name);
        Assert.Empty(process.GetPermittedStageTransitions("Closed Lost"));
    }

    [Fact]
    public void TryBuild_WithOnlyInactiveStages_FailsWithRequiredStageMissing()
    {
        var result = new SalesProcessBuilder("Retired").AddStage(new OpportunityStage("Old") { IsActive = false }).TryBuild();
        Assert.Equal([ErrorCodes.RequiredStageMissing], result.Codes());
    }

    [Fact]
    public void TryBuild_WithoutAnyStage_FailsWithRequiredStageMissing()
    {
        var result = new SalesProcessBuilder("Empty").TryBuild();
        var error = Assert.IsType<RequiredStageMissingError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.RequiredStageMissing, error.Code);
    }

    [Fact]
    public void TryBuild_WithoutWonOrLostStage_Succeeds_AsRealOrgsInquiryProcessesDo()
    {
        var process = new SalesProcessBuilder("Inquiry").AddOpenStage("Inquiry", 10).AddOpenStage("Qualified", 50).Build();
        var deals = new OpportunityWorkflow(process);
        var deal = deals.Create(new Opportunity { Name = "Prospect", CloseDate = OpportunityTestSupport.CloseDate }).Value;

        var error = Assert.IsType<ClosingStageRequiredError>(Assert.Single(deals.CloseAsWon(deal).Errors));

        Assert.Empty(error.Candidates);
        Assert.False(deals.CanCloseAsWon(deal));
        Assert.True(deals.MoveTo(deal, "Qualified").IsSuccess);
    }

    [Fact]
    public void TryBuild_WhenRequiredFieldsNameAnUnknownStage_FailsWithUnknownValue()
    {
        var result = Valid().RequireFields("Negotiation", OpportunityField.Amount).TryBuild();
        var error = Assert.IsType<UnknownValueError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.UnknownValue, error.Code);
        Assert.Equal("Negotiation", error.Value);
    }

    [Fact]
    public void TryBuild_WhenRequiredFieldsStartAtALostStage_FailsWithInvalidValue()
    {
        var result = Valid().RequireFields("Lost", OpportunityField.Amount).TryBuild();
        Assert.Equal([ErrorCodes.InconsistentDefinitionValue], result.Codes());
    }

    [Fact]
    public void TryBuild_ReportsEveryProblemAtOnce()
    {
        var result = new SalesProcessBuilder("Bad")
            .AddOpenStage("A", 150)
            .AddOpenStage("A", 10)
            .AddWonStage("Won")
            .RequireFields("Nowhere", OpportunityField.Amount)
            .TryBuild();
        Assert.Equal(
            [ErrorCodes.DuplicateValue, ErrorCodes.InconsistentDefinitionValue, ErrorCodes.UnknownValue],
            result.Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_WhenInvalid_ThrowsWithEveryDefinitionError()
    {
        var exception = Assert.Throws<InvalidDefinitionException>(() => new SalesProcessBuilder("Bad").AddOpenStage("A", 150).AddOpenStage("A", 10).Build());
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void RequireFields_AppliesFromTheStageOn_ExceptLostStages()
    {
        var process = OpportunityTestSupport.Salesforce(SalesProcessPolicy.FreeMovement, requireAmountAndContact: true);
        Assert.Empty(process.GetRequiredFields("Perception Analysis"));
        Assert.Equal([OpportunityField.Amount, OpportunityField.ContactId], process.GetRequiredFields("Proposal/Price Quote"));
        Assert.Equal([OpportunityField.Amount, OpportunityField.ContactId], process.GetRequiredFields("Negotiation/Review"));
        Assert.Equal([OpportunityField.Amount, OpportunityField.ContactId], process.GetRequiredFields("Closed Won"));
        Assert.Empty(process.GetRequiredFields("Closed Lost"));
    }

    [Fact]
    public void Build_WithSeveralWonAndLostStages_ListsThemInOrder()
    {
        var process = Valid().AddWonStage("Won - Renewal").AddLostStage("Lost - No Budget").Build();
        Assert.Equal(["Won", "Won - Renewal"], process.WonStages.Select(s => s.Name));
        Assert.Equal(["Lost", "Lost - No Budget"], process.LostStages.Select(s => s.Name));
    }

    [Fact]
    public void Builder_RejectsNullArguments()
    {
        Assert.Throws<ArgumentException>(() => new SalesProcessBuilder(" "));
        Assert.Throws<ArgumentNullException>(() => Valid().AddStage(null!));
        Assert.Throws<ArgumentNullException>(() => Valid().WithPolicy(null!));
    }
}
