namespace LeadLifecycle.Opportunities;

/// <content>Putting opportunities into stages: the one "enter stage" function, used by creation, lead conversion and
/// every stage verb.</content>
public sealed partial class SalesProcess
{
    /// <summary>
    /// Puts an opportunity into a stage: sets the stage, the stage's probability and forecast category (unless an
    /// override is given), closed and won from the stage's flags, the loss details (kept only in a lost stage), and
    /// appends a history row with the values after, and increases the version by 1 (creation passes a record of
    /// version 0, so a new opportunity is version 1).
    /// </summary>
    /// <remarks>The one place these fields are derived from a stage, making one copy of the record. No validation:
    /// callers check first.</remarks>
    internal static Opportunity EnterStage(
        Opportunity opportunity,
        OpportunityStage stage,
        DateTimeOffset at,
        int? probability = null,
        ForecastCategory? forecastCategory = null,
        string? lossReason = null,
        string? competitor = null)
    {
        var entered = probability ?? stage.Probability;
        var category = forecastCategory ?? stage.ForecastCategory;
        var row = new OpportunityHistoryEntry(at, stage.Name, entered, category, opportunity.Amount, opportunity.CloseDate);
        return opportunity with
        {
            Version = RecordVersion.Next(opportunity.Version),
            Stage = stage.Name,
            Probability = entered,
            ForecastCategory = category,
            IsClosed = stage.IsClosed,
            IsWon = stage.IsWon,
            LossReason = stage.IsLost ? lossReason : null,
            Competitor = stage.IsLost ? competitor : null,
            History = (opportunity.History ?? OpportunityHistory.Empty).Append(row),
        };
    }

    /// <summary>
    /// Starts the new opportunity of a lead conversion: the draft with its id, in <see cref="FirstOpenStage"/> (the
    /// first value of the Stage picklist, Salesforce KB 000384436), with a history of one row.
    /// </summary>
    /// <remarks>The converter refuses a conversion that would create an opportunity in a process without an open stage
    /// before calling this; the draft's own probability, flags and history are replaced.</remarks>
    internal Opportunity StartConverted(Opportunity draft, OpportunityId id, DateTimeOffset at) =>
        EnterStage(
            draft with { Id = id, History = OpportunityHistory.Empty, Version = RecordVersion.First - 1 },
            FirstOpenStage ?? throw new InvalidOperationException($"Sales process '{Name}' has no open stage for a new opportunity."),
            at);

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
