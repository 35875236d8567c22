namespace LeadLifecycle.Opportunities;

/// <content>Time in stage and the stale check, measured from the history with the workflow's clock.</content>
public sealed partial class OpportunityWorkflow
{
    /// <summary>Measures how long an opportunity has been in its current stage, up to now.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The time, or null when its history is empty.</returns>
    public TimeSpan? GetTimeInCurrentStage(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return opportunity.History.GetTimeInCurrentStage(_time.GetUtcNow());
    }

    /// <summary>Sums the time an opportunity spent in each stage, up to now.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The time per stage, in the order the stages were first entered.</returns>
    public IReadOnlyDictionary<string, TimeSpan> GetTimeInStages(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return opportunity.History.GetTimeInStages(_time.GetUtcNow());
    }

    /// <summary>Tells whether an open opportunity has sat in its stage longer than a given time, as Odoo flags it.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="maximumTimeInStage">The longest time an opportunity may stay in a stage.</param>
    /// <returns>True when it is open and in its stage for longer; false for closed opportunities and empty histories.</returns>
    public bool IsStale(Opportunity opportunity, TimeSpan maximumTimeInStage)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var index = Process.IndexOf(opportunity.Stage);
        var closed = index >= 0 ? Process.StageAt(index).IsClosed : opportunity.IsClosed;
        return !closed && GetTimeInCurrentStage(opportunity) > maximumTimeInStage;
    }
}
