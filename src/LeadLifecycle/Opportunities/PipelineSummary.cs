using System.Collections.ObjectModel;
using System.Runtime.InteropServices;

namespace LeadLifecycle.Opportunities;

/// <summary>The pipeline of a set of opportunities: count, amount and expected revenue by stage and by forecast
/// category.</summary>
/// <remarks>
/// Computed in one pass, in linear time, without allocating per opportunity. Each opportunity counts with its own
/// stage, probability (overrides included) and forecast category. Opportunities in stages outside the sales process
/// count in <see cref="OtherStages"/> and in the totals.
/// </remarks>
public sealed class PipelineSummary
{
    private const int CategoryCount = 5;

    private PipelineSummary(SalesProcess process, int[] counts, decimal[] amounts, decimal[] weighted, int[] categoryCounts, decimal[] categoryAmounts, decimal[] categoryWeighted)
    {
        var stages = new Dictionary<string, PipelineTotals>(StringComparer.Ordinal);
        for (var i = 0; i < process.StageCount; i++)
        {
            stages.Add(process.StageAt(i).Name, new PipelineTotals(counts[i], amounts[i], weighted[i] / 100m));
        }

        var other = process.StageCount;
        OtherStages = new PipelineTotals(counts[other], amounts[other], weighted[other] / 100m);
        var categories = new Dictionary<ForecastCategory, PipelineTotals>();
        for (var c = 0; c < CategoryCount; c++)
        {
            categories.Add((ForecastCategory)c, new PipelineTotals(categoryCounts[c], categoryAmounts[c], categoryWeighted[c] / 100m));
        }

        ByStage = new ReadOnlyDictionary<string, PipelineTotals>(stages);
        ByForecastCategory = new ReadOnlyDictionary<ForecastCategory, PipelineTotals>(categories);
        Total = new PipelineTotals(counts.Sum(), amounts.Sum(), weighted.Sum() / 100m);
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
    public static PipelineSummary Create(SalesProcess process, ReadOnlySpan<Opportunity> opportunities)
    {
        var accumulator = new Accumulator(Preconditions.NotNull(process));
        foreach (var opportunity in opportunities)
        {
            accumulator.Add(opportunity);
        }

        return accumulator.ToSummary();
    }

    /// <summary>Running sums; expected revenue is summed as amount times probability and divided by 100 once.</summary>
    private sealed class Accumulator(SalesProcess process)
    {
        private readonly int[] _counts = new int[process.StageCount + 1];
        private readonly decimal[] _amounts = new decimal[process.StageCount + 1];
        private readonly decimal[] _weighted = new decimal[process.StageCount + 1];
        private readonly int[] _categoryCounts = new int[CategoryCount];
        private readonly decimal[] _categoryAmounts = new decimal[CategoryCount];
        private readonly decimal[] _categoryWeighted = new decimal[CategoryCount];

        public Accumulator AddAll(IEnumerable<Opportunity> opportunities)
        {
            foreach (var opportunity in opportunities)
            {
                Add(opportunity);
            }

            return this;
        }

        public void Add(Opportunity opportunity)
        {
            ArgumentNullException.ThrowIfNull(opportunity);
            var stage = process.IndexOf(opportunity.Stage);
            if (stage < 0)
            {
                stage = process.StageCount;
            }

            var amount = opportunity.Amount ?? 0m;
            var weighted = amount * opportunity.Probability;
            _counts[stage]++;
            _amounts[stage] += amount;
            _weighted[stage] += weighted;
            var category = (int)opportunity.ForecastCategory;
            if ((uint)category < CategoryCount)
            {
                _categoryCounts[category]++;
                _categoryAmounts[category] += amount;
                _categoryWeighted[category] += weighted;
            }
        }

        public PipelineSummary ToSummary() =>
            new(process, _counts, _amounts, _weighted, _categoryCounts, _categoryAmounts, _categoryWeighted);
    }
}
