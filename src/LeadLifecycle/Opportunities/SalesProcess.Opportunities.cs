namespace LeadLifecycle.Opportunities;

/// <content>Putting opportunities into stages: shared by <see cref="OpportunityWorkflow"/> and lead conversion.</content>
public sealed partial class SalesProcess
{
    /// <summary>
    /// Starts a new opportunity: the draft with its id, in a stage of this process (the default stage unless given)
    /// with the stage-derived fields set (probability, forecast category, closed, won) and a history of one row.
    /// </summary>
    /// <remarks>No validation: <see cref="OpportunityWorkflow.Create"/> validates first, and lead conversion applies
    /// its own rules. The draft's own probability, flags and history are replaced.</remarks>
    internal Opportunity Start(Opportunity draft, OpportunityId id, DateTimeOffset at, OpportunityStage? stage = null)
    {
        stage ??= DefaultStage;
        return draft with
        {
            Id = id,
            Stage = stage.Name,
            Probability = stage.Probability,
            ForecastCategory = stage.ForecastCategory,
            IsClosed = stage.IsClosed,
            IsWon = stage.IsWon,
            History = OpportunityHistory.Empty.Append(
                new OpportunityHistoryEntry(at, stage.Name, stage.Probability, stage.ForecastCategory, draft.Amount, draft.CloseDate)),
        };
    }

    /// <summary>The required fields of a stage that an opportunity lacks; null when it has them all.</summary>
    internal List<OpportunityField>? MissingFields(Opportunity opportunity, int stage)
    {
        List<OpportunityField>? missing = null;
        foreach (var guard in _guardsByStage[stage])
        {
            if (!guard.IsMet(opportunity))
            {
                (missing ??= []).Add(guard.Field);
            }
        }

        return missing;
    }
}
