using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <content>OpportunityHistory exports.</content>
public sealed partial class OpportunityRecordReader
{
    /// <summary>Reads every row of an OpportunityHistory CSV export (Data Loader or Data Export).</summary>
    /// <remarks><c>OpportunityId</c>, <c>CreatedDate</c> (when the change happened) and <c>StageName</c> are required;
    /// <c>Amount</c>, <c>Probability</c>, <c>ForecastCategory</c> and <c>CloseDate</c> are the values after the change.
    /// A stage the sales process lacks is kept as written (history outlives stages); an empty probability or forecast
    /// category is the stage's when the process has it. Other columns (<c>ExpectedRevenue</c>,
    /// <c>SystemModstamp</c>...) are left out.</remarks>
    /// <param name="path">The file.</param>
    /// <returns>One result per row, in file order.</returns>
    public RecordImportResult<OpportunityHistoryRecord> ReadHistoryCsv(string path) => History.ReadCsv(path);

    /// <summary>Reads every row of OpportunityHistory CSV text, as <see cref="ReadHistoryCsv(string)"/> does.</summary>
    /// <param name="content">The text; the caller disposes it.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>One result per row, in file order.</returns>
    public RecordImportResult<OpportunityHistoryRecord> ReadHistoryCsv(TextReader content, string sourceName) => History.ReadCsv(content, sourceName);

    /// <summary>Gives each opportunity its history rows, oldest first (rows at the same instant keep file order).</summary>
    /// <param name="opportunities">The opportunities.</param>
    /// <param name="history">The history rows, e.g. <see cref="RecordImportResult{TRecord}.Imported"/> of
    /// <see cref="ReadHistoryCsv(string)"/>.</param>
    /// <returns>The opportunities, in their order, each with the rows of its id (an opportunity without rows keeps its
    /// history); rows of other ids are not used.</returns>
    public static IReadOnlyList<Opportunity> WithHistory(IEnumerable<Opportunity> opportunities, IEnumerable<OpportunityHistoryRecord> history)
    {
        Preconditions.NotNull(opportunities);
        Preconditions.NotNull(history);
        var byOpportunity = history.GroupBy(h => h.OpportunityId)
            .ToDictionary(g => g.Key, g => g.Select(h => h.Entry).OrderBy(e => e.ChangedAt).ToArray());
        return [.. opportunities.Select(o => !o.Id.IsEmpty && byOpportunity.TryGetValue(o.Id, out var entries)
            ? o with { History = OpportunityHistory.Create(entries) }
            : o)];
    }

    /// <summary>The OpportunityHistory reader: the same machinery, its own fields.</summary>
    private sealed class HistoryReader(OpportunityRecordReader owner) : SalesforceRecordReader<OpportunityHistoryRecord>(owner.Options, HistorySchema)
    {
        private const int OpportunityId = 0, CreatedDate = 1, Stage = 2, Amount = 3, Probability = 4, ForecastCategory = 5, CloseDate = 6;

        private static readonly RecordSchema<OpportunityHistoryRecord> HistorySchema = new(
            "OpportunityHistory",
            [
                new("OpportunityId", FieldKind.Id, true, "Opportunity ID"),
                new("CreatedDate", FieldKind.DateTime, true, "Created Date", "Edit Date"),
                new("StageName", FieldKind.Text, true, "Stage", "To Stage"),
                new("Amount", FieldKind.Decimal, false),
                new("Probability", FieldKind.Integer, false, "Probability (%)"),
                new("ForecastCategory", FieldKind.Text, false, "Forecast Category", "ForecastCategoryName"),
                new("CloseDate", FieldKind.Date, false, "Close Date"),
                new("Id", FieldKind.Id, false),
            ],
            Build,
            ["ExpectedRevenue", "Expected Revenue", "SystemModstamp", "IsDeleted", "CreatedById", "OpportunityHistoryKey"],
            []);

        private static OpportunityHistoryRecord Build(RecordDraft d) =>
            new(
                d.Text(OpportunityId) is { } id ? new OpportunityId(id) : default,
                new OpportunityHistoryEntry(
                    d.Instant(CreatedDate) ?? default,
                    d.Text(Stage) ?? string.Empty,
                    d.Integer(Probability) ?? 0,
                    LeadLifecycle.Opportunities.ForecastCategory.Pipeline,
                    d.Number(Amount),
                    d.Date(CloseDate)));

        private protected override OpportunityHistoryRecord Complete(OpportunityHistoryRecord record, RowBuilder row)
        {
            if (record.OpportunityId.IsEmpty)
            {
                row.Fail(row.FieldError(OpportunityId, null, "an opportunity id"));
            }

            if (row.Draft.Instant(CreatedDate) is null)
            {
                row.Fail(row.FieldError(CreatedDate, null, "the date and time of the change"));
            }

            if (record.Entry.Stage.Length == 0)
            {
                row.Fail(row.FieldError(Stage, null, "a stage"));
            }

            var stage = owner.FindStage(record.Entry.Stage);
            var category = stage?.ForecastCategory ?? LeadLifecycle.Opportunities.ForecastCategory.Pipeline;
            if (row.Draft.Text(ForecastCategory) is { } written)
            {
                if (ForecastCategoryNames.TryParse(written, out var parsed))
                {
                    category = parsed;
                }
                else
                {
                    row.Reject(ForecastCategory, row.ColumnOf(ForecastCategory), written, ForecastCategoryNames.Expected);
                }
            }

            var probability = row.Draft.Integer(Probability) ?? stage?.Probability ?? 0;
            return record with { Entry = record.Entry with { Stage = stage?.Name ?? record.Entry.Stage, Probability = probability, ForecastCategory = category } };
        }
    }
}
