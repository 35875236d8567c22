using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

public class SalesProcessPresetTests
{
    public static TheoryData<int, string, int, ForecastCategory, bool, bool> SalesforceRows => new()
    {
        { 0, "Prospecting", 10, ForecastCategory.Pipeline, false, false },
        { 1, "Qualification", 10, ForecastCategory.Pipeline, false, false },
        { 2, "Needs Analysis", 20, ForecastCategory.Pipeline, false, false },
        { 3, "Value Proposition", 50, ForecastCategory.Pipeline, false, false },
        { 4, "Id. Decision Makers", 60, ForecastCategory.Pipeline, false, false },
        { 5, "Perception Analysis", 70, ForecastCategory.Pipeline, false, false },
        { 6, "Proposal/Price Quote", 75, ForecastCategory.Pipeline, false, false },
        { 7, "Negotiation/Review", 90, ForecastCategory.Pipeline, false, false },
        { 8, "Closed Won", 100, ForecastCategory.Closed, true, true },
        { 9, "Closed Lost", 0, ForecastCategory.Omitted, true, false },
    };

    public static TheoryData<int, string, int, ForecastCategory, bool, bool> HubSpotRows => new()
    {
        { 0, "Appointment Scheduled", 20, ForecastCategory.Pipeline, false, false },
        { 1, "Qualified To Buy", 40, ForecastCategory.Pipeline, false, false },
        { 2, "Presentation Scheduled", 60, ForecastCategory.Pipeline, false, false },
        { 3, "Decision Maker Bought-In", 80, ForecastCategory.Pipeline, false, false },
        { 4, "Contract Sent", 90, ForecastCategory.Pipeline, false, false },
        { 5, "Closed Won", 100, ForecastCategory.Closed, true, true },
        { 6, "Closed Lost", 0, ForecastCategory.Omitted, true, false },
    };

    [Theory]
    [MemberData(nameof(SalesforceRows))]
    public void SalesforceDefault_HasTheDomainTableRow(int position, string name, int probability, ForecastCategory category, bool closed, bool won) =>
        AssertRow(SalesProcess.SalesforceDefault, position, name, probability, category, closed, won);

    [Theory]
    [MemberData(nameof(HubSpotRows))]
    public void HubSpotDefault_HasTheDealPipelineRow(int position, string name, int probability, ForecastCategory category, bool closed, bool won) =>
        AssertRow(SalesProcess.HubSpotDefault, position, name, probability, category, closed, won);

    [Fact]
    public void SalesforceDefault_HasExactlyTenStages_AndIsTheDefault()
    {
        Assert.Equal(10, SalesProcess.SalesforceDefault.Stages.Count);
        Assert.Same(SalesProcess.SalesforceDefault, SalesProcess.Default);
        Assert.Equal("Prospecting", SalesProcess.Default.DefaultStage.Name);
    }

    [Fact]
    public void HubSpotDefault_HasExactlySevenStages_StartingAtAppointmentScheduled()
    {
        Assert.Equal(7, SalesProcess.HubSpotDefault.Stages.Count);
        Assert.Equal("Appointment Scheduled", SalesProcess.HubSpotDefault.DefaultStage.Name);
    }

    [Fact]
    public void Presets_UseFreeMovement()
    {
        Assert.Equal(SalesProcessPolicy.FreeMovement, SalesProcess.SalesforceDefault.Policy);
        Assert.Equal(SalesProcessPolicy.FreeMovement, SalesProcess.HubSpotDefault.Policy);
    }

    [Fact]
    public void Presets_HaveOneWonAndOneLostStage()
    {
        foreach (var process in new[] { SalesProcess.SalesforceDefault, SalesProcess.HubSpotDefault })
        {
            Assert.Equal("Closed Won", Assert.Single(process.WonStages).Name);
            Assert.Equal("Closed Lost", Assert.Single(process.LostStages).Name);
        }
    }

    [Fact]
    public void FindStage_WhenNameIsUnknown_ReturnsNull()
    {
        Assert.Null(SalesProcess.SalesforceDefault.FindStage("Closed - Won"));
        Assert.Equal(75, SalesProcess.SalesforceDefault.FindStage("Proposal/Price Quote")!.Probability);
    }

    private static void AssertRow(SalesProcess process, int position, string name, int probability, ForecastCategory category, bool closed, bool won)
    {
        var stage = process.Stages[position];
        Assert.Equal(name, stage.Name);
        Assert.Equal(probability, stage.Probability);
        Assert.Equal(category, stage.ForecastCategory);
        Assert.Equal(closed, stage.IsClosed);
        Assert.Equal(won, stage.IsWon);
        Assert.True(stage.IsActive);
        Assert.Same(stage, process.FindStage(name));
    }
}
