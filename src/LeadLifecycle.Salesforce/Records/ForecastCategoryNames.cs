using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>Forecast categories as exports write them: API names (<c>BestCase</c>, <c>Forecast</c>, <c>MostLikely</c>) and
/// labels (<c>Best Case</c>, <c>Commit</c>, <c>Most Likely</c>), ignoring case and spaces.</summary>
internal static class ForecastCategoryNames
{
    private static readonly Dictionary<string, ForecastCategory> ByName = new(StringComparer.Ordinal)
    {
        ["omitted"] = ForecastCategory.Omitted,
        ["pipeline"] = ForecastCategory.Pipeline,
        ["bestcase"] = ForecastCategory.BestCase,
        ["commit"] = ForecastCategory.Commit,
        ["forecast"] = ForecastCategory.Commit,
        ["mostlikely"] = ForecastCategory.MostLikely,
        ["closed"] = ForecastCategory.Closed,
    };

    public const string Expected = "a forecast category (Omitted, Pipeline, Best Case, Most Likely, Commit or Forecast, Closed)";

    public static bool TryParse(string text, out ForecastCategory category) =>
        ByName.TryGetValue(RecordSchema<Opportunity>.Normalize(text), out category);
}
