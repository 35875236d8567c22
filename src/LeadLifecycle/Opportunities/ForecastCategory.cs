namespace LeadLifecycle.Opportunities;

/// <summary>The forecast category of an opportunity stage (Salesforce's <c>ForecastCategoryName</c>).</summary>
public enum ForecastCategory
{
    /// <summary>Left out of the forecast (e.g. Closed Lost).</summary>
    Omitted = 0,

    /// <summary>In the pipeline: every open stage of Salesforce's default process.</summary>
    Pipeline = 1,

    /// <summary>Best case.</summary>
    BestCase = 2,

    /// <summary>Commit; Salesforce metadata calls it <c>Forecast</c>.</summary>
    Commit = 3,

    /// <summary>Closed (won).</summary>
    Closed = 4,

    /// <summary>Most likely: a category an org may add between Best Case and Commit (metadata <c>MostLikely</c>).</summary>
    MostLikely = 5,
}
