namespace LeadLifecycle.Opportunities;

/// <summary>The forecast category of an opportunity stage (Salesforce's <c>ForecastCategoryName</c>).</summary>
/// <remarks>Salesforce's picklist values are Omitted, Pipeline, Best Case, Most Likely (when an org adds it), Commit and
/// Closed; metadata names Commit <c>Forecast</c>. Entering a stage sets the stage's category; it may be overridden per
/// opportunity with <see cref="OpportunityWorkflow.OverrideForecastCategory"/>.</remarks>
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
