using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads opportunity records from Salesforce exports (<c>sf data tree</c> JSON and Data Loader, Data Export or
/// report CSV) and checks each against a sales process; adds their history from an OpportunityHistory export.</summary>
/// <remarks>
/// <para>The stage (<c>StageName</c>, by API name, else by a unique label) must be a stage of
/// <see cref="SalesProcess"/>, else the record is rejected with a <see cref="RecordFieldError"/> listing the stages. Like
/// Salesforce, the stage decides the rest: <c>IsClosed</c> and <c>IsWon</c>, when the file has them, must agree with it,
/// else the record is rejected. The probability and the forecast category (API names <c>Forecast</c>, <c>BestCase</c>,
/// <c>MostLikely</c> or labels <c>Commit</c>, <c>Best Case</c>, <c>Most Likely</c>) are the stage's when the file leaves
/// them empty; an open opportunity keeps the file's (an override, as Salesforce allows), a closed one must have the
/// stage's, else it is rejected. A forecast category that cannot be read is a warning (the stage's is used) unless
/// <see cref="RecordImportOptions.Strict"/>. <c>CloseDate</c> that cannot be read always rejects the record.
/// <c>ExpectedRevenue</c> is derived and left out.</para>
/// <para>Opportunities are read with an empty history; <see cref="ReadHistoryCsv(string)"/> reads an OpportunityHistory
/// export and <see cref="WithHistory"/> gives each opportunity its rows, so time in stage and the pipeline summary
/// work on a real export.</para>
/// </remarks>
public sealed partial class OpportunityRecordReader : SalesforceRecordReader<Opportunity>
{
    /// <summary>Amounts from here on are refused: Salesforce's currency fields hold at most 18 digits, and larger ones
    /// would overflow expected revenue (amount times probability).</summary>
    private const decimal MaxAmount = 1_000_000_000_000_000_000m;

    /// <summary>Initializes a new instance of the <see cref="OpportunityRecordReader"/> class.</summary>
    /// <param name="salesProcess">The sales process the opportunities follow (e.g. the one loaded from the same org).</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="salesProcess"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (see <see cref="RecordImportOptions"/>).</exception>
    public OpportunityRecordReader(SalesProcess salesProcess, RecordImportOptions? options = null)
        : base(options ?? RecordImportOptions.Default, OpportunitySchema.Instance)
    {
        SalesProcess = Preconditions.NotNull(salesProcess);
        History = new HistoryReader(this);
    }

    /// <summary>Gets the sales process the opportunities follow.</summary>
    public SalesProcess SalesProcess { get; }

    private HistoryReader History { get; }

    /// <summary>The process's stage named by API name, else by a unique label; null when there is none.</summary>
    internal OpportunityStage? FindStage(string name)
    {
        if (SalesProcess.FindStage(name) is { } stage)
        {
            return stage;
        }

        var labelled = SalesProcess.Stages.Where(s => string.Equals(s.Label, name, StringComparison.OrdinalIgnoreCase)).Take(2).ToArray();
        return labelled.Length == 1 ? labelled[0] : null;
    }

    /// <summary>Checks the row's values against its stage and makes the opportunity once, with the values the stage decides.</summary>
    private protected override Opportunity Build(RowBuilder row)
    {
        var draft = row.Draft;
        var written = draft.Text(OpportunitySchema.Stage) ?? string.Empty;
        if (written.Length == 0 || FindStage(written) is not { } stage)
        {
            row.Fail(row.FieldError(OpportunitySchema.Stage, written, $"a stage of the sales process '{SalesProcess.Name}' ({string.Join(", ", SalesProcess.Stages.Select(s => s.Name))})"));
            return Schema.Build(draft);
        }

        var isClosed = draft.Flag(OpportunitySchema.IsClosed);
        if (row.Has(OpportunitySchema.IsClosed) && isClosed != stage.IsClosed)
        {
            row.Fail(row.FieldError(OpportunitySchema.IsClosed, Text(isClosed), $"{Text(stage.IsClosed)}, as the stage '{stage.Name}' says"));
        }

        var isWon = draft.Flag(OpportunitySchema.IsWon);
        if (row.Has(OpportunitySchema.IsWon) && isWon != stage.IsWon)
        {
            row.Fail(row.FieldError(OpportunitySchema.IsWon, Text(isWon), $"{Text(stage.IsWon)}, as the stage '{stage.Name}' says"));
        }

        var probability = draft.Integer(OpportunitySchema.Probability) ?? stage.Probability;
        if (probability is < 0 or > 100)
        {
            row.Reject(OpportunitySchema.Probability, row.ColumnOf(OpportunitySchema.Probability), probability.ToString(System.Globalization.CultureInfo.InvariantCulture), "a probability from 0 to 100");
            probability = stage.Probability;
        }

        var amount = draft.Number(OpportunitySchema.Amount);
        if (amount is { } value && Math.Abs(value) >= MaxAmount)
        {
            row.Reject(OpportunitySchema.Amount, row.ColumnOf(OpportunitySchema.Amount), value.ToString(System.Globalization.CultureInfo.InvariantCulture), "an amount of at most 18 digits");
            amount = null;
        }

        if (stage.IsClosed && probability != stage.Probability)
        {
            row.Fail(row.FieldError(OpportunitySchema.Probability, probability.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{stage.Probability}: a closed stage's probability (only an open opportunity may override it)"));
        }

        var category = stage.ForecastCategory;
        if (draft.Text(OpportunitySchema.ForecastCategory) is { } writtenCategory)
        {
            if (!ForecastCategoryNames.TryParse(writtenCategory, out var parsed))
            {
                row.Reject(OpportunitySchema.ForecastCategory, row.ColumnOf(OpportunitySchema.ForecastCategory), writtenCategory, ForecastCategoryNames.Expected);
            }
            else if (stage.IsClosed && parsed != stage.ForecastCategory)
            {
                row.Fail(row.FieldError(OpportunitySchema.ForecastCategory, writtenCategory, $"{stage.ForecastCategory}: a closed stage's forecast category"));
            }
            else
            {
                category = parsed;
            }
        }

        return OpportunitySchema.Build(draft, new OpportunitySchema.StageValues(stage.Name, amount, probability, category, stage.IsClosed, stage.IsWon));
    }

    private static string Text(bool value) => value ? "true" : "false";
}
