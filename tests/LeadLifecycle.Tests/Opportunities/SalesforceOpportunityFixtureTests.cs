using System.Text.Json;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>Salesforce's Developer Edition sample opportunities (CC0, see Fixtures/SOURCES.md) against the default preset.</summary>
public class SalesforceOpportunityFixtureTests
{
    private static readonly string FixturePath =
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "LASFDG-data-loader-examples", "treeapi_Opportunity.json");

    public static TheoryData<string, string, int, string> Records()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var data = new TheoryData<string, string, int, string>();
        foreach (var record in document.RootElement.GetProperty("records").EnumerateArray())
        {
            data.Add(
                record.GetProperty("Name").GetString()!,
                record.GetProperty("StageName").GetString()!,
                record.GetProperty("Probability").GetInt32(),
                record.GetProperty("ForecastCategoryName").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Fixture_HasThe31SampleOpportunities()
    {
        Assert.Equal(31, Records().Count);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void StagePreset_MatchesWhatSalesforceStored(string name, string stageName, int probability, string forecastCategoryName)
    {
        var stage = SalesProcess.SalesforceDefault.FindStage(stageName);

        Assert.NotNull(stage);
        Assert.Equal(probability, stage.Probability);
        Assert.Equal(ParseForecastCategory(forecastCategoryName), stage.ForecastCategory);

        var created = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault)
            .Create(new Opportunity { Name = name, Stage = stageName, CloseDate = OpportunityTestSupport.CloseDate }).Ok();
        Assert.Equal(probability, created.Probability);
        Assert.Equal(ParseForecastCategory(forecastCategoryName), created.ForecastCategory);
        Assert.Equal(stageName == "Closed Won", created.IsWon);
    }

    /// <summary>Salesforce's ForecastCategoryName: API names (Forecast, BestCase) or labels (Commit, Best Case).</summary>
    private static ForecastCategory ParseForecastCategory(string name) => name switch
    {
        "Omitted" => ForecastCategory.Omitted,
        "Pipeline" => ForecastCategory.Pipeline,
        "BestCase" or "Best Case" => ForecastCategory.BestCase,
        "Forecast" or "Commit" => ForecastCategory.Commit,
        "Closed" => ForecastCategory.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown forecast category."),
    };
}
