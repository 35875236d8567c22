using System.Collections.ObjectModel;
using System.Runtime.InteropServices;

namespace LeadLifecycle.Opportunities;

/// <summary>The pipeline of a set of opportunities: count, amount and expected revenue by stage and by forecast
/// category.</summary>
/// <remarks>
/// Computed in one pass, in linear time, without allocating per opportunity. Each opportunity counts with its own
/// stage, probability (overrides included) and forecast category (every <see cref="ForecastCategory"/>, Most Likely
/// included), and with its <see cref="Opportunity.ExpectedRevenue"/>, already rounded to 2 decimals, so the totals are
/// the sums of what each opportunity shows. Opportunities in stages outside the sales process count in
/// <see cref="OtherStages"/> and in the totals. Amounts within <see cref="OpportunityFieldLimits.MaxAmount"/> cannot
/// overflow the sums, whatever their number.
/// </remarks>
public sealed partial class PipelineSummary
{
    private const int CategoryCount = 6;

    /// <summary>The six categories and one slot for undefined ones, which count only in stages and the total.</summary>
    private const int CategorySlots = CategoryCount + 1;

    private PipelineSummary(SalesProcess process, int[] counts, decimal[] amounts, decimal[] weighted)
    {
        // The running sums are kept per (stage, category) cell; stages, categories and the total add the cells up.
        var stages = new Dictionary<string, PipelineTotals>(StringComparer.Ordinal);
        for (var i = 0; i < process.StageCount; i++)
        {
            stages.Add(process.StageAt(i).Name, Sum(counts, amounts, weighted, i * CategorySlots, 1, CategorySlots));
        }

        OtherStages = Sum(counts, amounts, weighted, process.StageCount * CategorySlots, 1, CategorySlots);
        var categories = new Dictionary<ForecastCategory, PipelineTotals>();
        for (var c = 0; c < CategoryCount; c++)
        {
            categories.Add((ForecastCategory)c, Sum(counts, amounts, weighted, c, CategorySlots, process.StageCount + 1));
        }

        ByStage = new ReadOnlyDictionary<string, PipelineTotals>(stages);
        ByForecastCategory = new ReadOnlyDictionary<ForecastCategory, PipelineTotals>(categories);
        Total = Sum(counts, amounts, weighted, 0, 1, counts.Length);
    }

    /// <summary>Gets the totals per stage of the sales process, every stage included, in stage order.</summary>
    public IReadOnlyDictionary<string, PipelineTotals> ByStage { get; }

    /// <summary>Gets the totals per forecast category, every category included.</summary>
    public IReadOnlyDictionary<ForecastCategory, PipelineTotals> ByForecastCategory { get; }

    /// <summary>Gets the totals of the opportunities in stages outside the sales process.</summary>
    public PipelineTotals OtherStages { get; }

    /// <summary>Gets the totals over every opportunity.</summary>
    public PipelineTotals Total { get; }

    /// <summary>Summarizes opportunities by the stages of a sales process.</summary>
    /// <param name="process">The sales process whose stages group the opportunities.</param>
    /// <param name="opportunities">The opportunities.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">An opportunity has an amount beyond <see cref="OpportunityFieldLimits.MaxAmount"/>
    /// or a probability outside 0 to 100: a record no workflow verb accepts.</exception>
    public static PipelineSummary Create(SalesProcess process, IEnumerable<Opportunity> opportunities)
    {
        ArgumentNullException.ThrowIfNull(opportunities);
        return opportunities switch
        {
            Opportunity[] array => Create(process, array.AsSpan()),
            List<Opportunity> list => Create(process, CollectionsMarshal.AsSpan(list)),
            _ => new Accumulator(Preconditions.NotNull(process)).AddAll(opportunities).ToSummary(),
        };
    }

    /// <summary>Summarizes opportunities by the stages of a sales process.</summary>
    /// <param name="process">The sales process whose stages group the opportunities.</param>
    /// <param name="opportunities">The opportunities.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">An opportunity has an amount beyond <see cref="OpportunityFieldLimits.MaxAmount"/>
    /// or a probability outside 0 to 100: a record no workflow verb accepts.</exception>
    public static PipelineSummary Create(SalesProcess process, ReadOnlySpan<Opportunity> opportunities)
    {
        var accumulator = new Accumulator(Preconditions.NotNull(process));
        foreach (var opportunity in opportunities)
        {
            accumulator.Add(opportunity);
        }

        return accumulator.ToSummary();
    }

    private static PipelineTotals Sum(int[] counts, decimal[] amounts, decimal[] weighted, int start, int stride, int cells)
    {
        var count = 0;
        var amount = 0m;
        var weightedSum = 0m;
        for (int i = 0, cell = start; i < cells; i++, cell += stride)
        {
            count += counts[cell];
            amount += amounts[cell];
            weightedSum += weighted[cell];
        }

        return new PipelineTotals(count, amount, weightedSum);
    }
}
