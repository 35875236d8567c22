using LeadLifecycle.Opportunities;

namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>One row of an opportunity's history as stored: the table Salesforce calls OpportunityHistory, one row
/// whenever the stage, amount, probability or close date changed.</summary>
/// <remarks>Written by the save helpers from <see cref="Opportunity.History"/> and read back into it by
/// <see cref="LeadLifecycleDbContextExtensions.FindOpportunityAsync"/>; query it with <c>Set&lt;OpportunityHistoryRow&gt;()</c>
/// for reports (time in stage, stage conversion). Rows are only ever added.</remarks>
public sealed class OpportunityHistoryRow
{
    /// <summary>Gets the row's key, made by the database.</summary>
    public long Id { get; init; }

    /// <summary>Gets the opportunity the row belongs to.</summary>
    public OpportunityId OpportunityId { get; init; }

    /// <summary>Gets the row's position in the opportunity's history: 0 for the oldest.</summary>
    public int Sequence { get; init; }

    /// <summary>Gets when the change happened (<see cref="OpportunityHistoryEntry.ChangedAt"/>; Salesforce's <c>CreatedDate</c>).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the stage after the change (Salesforce's <c>StageName</c>).</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>Gets the amount after the change.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Gets the probability in percent after the change.</summary>
    public int Probability { get; init; }

    /// <summary>Gets the close date after the change.</summary>
    public DateOnly? CloseDate { get; init; }

    /// <summary>Gets the forecast category after the change.</summary>
    public ForecastCategory ForecastCategory { get; init; }

    /// <summary>The history entry this row stores.</summary>
    /// <returns>The entry.</returns>
    public OpportunityHistoryEntry ToEntry() => new(CreatedAt, Stage, Probability, ForecastCategory, Amount, CloseDate);

    /// <summary>The row that stores an entry of an opportunity's history.</summary>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="sequence">The entry's position in the history.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The row.</returns>
    public static OpportunityHistoryRow From(OpportunityId opportunityId, int sequence, OpportunityHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new()
        {
            OpportunityId = opportunityId,
            Sequence = sequence,
            CreatedAt = entry.ChangedAt,
            Stage = entry.Stage,
            Amount = entry.Amount,
            Probability = entry.Probability,
            CloseDate = entry.CloseDate,
            ForecastCategory = entry.ForecastCategory,
        };
    }
}
