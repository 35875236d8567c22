namespace LeadLifecycle.Conversion;

/// <summary>An org's custom fiscal periods, e.g. a 4-4-5 calendar: consecutive periods without gaps or overlaps.</summary>
/// <remarks>
/// <para>Salesforce's custom fiscal years (Salesforce Help, "Custom Fiscal Years") divide each year into periods by a
/// week pattern such as 4-4-5 (quarters of a 4-week, a 4-week and a 5-week period). A new opportunity made by
/// conversion then closes on the last day of the fiscal period holding today, rather than on the last day of a
/// calendar-month quarter. Give the periods explicitly (<see cref="Create"/>), as an org defines each year, or from a
/// week pattern (<see cref="FromWeekPattern"/>, <see cref="FourFourFive"/>).</para>
/// <para>Dates outside the periods fall back to the standard fiscal quarter
/// (<see cref="LeadConverterOptions.FiscalYearStartMonth"/>). Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FiscalPeriods
{
    private readonly FiscalPeriod[] _periods;

    private FiscalPeriods(FiscalPeriod[] periods)
    {
        _periods = periods;
        Periods = Array.AsReadOnly(periods);
    }

    /// <summary>Gets the periods, in date order.</summary>
    public IReadOnlyList<FiscalPeriod> Periods { get; }

    /// <summary>Creates fiscal periods from a list of periods.</summary>
    /// <param name="periods">The periods: at least one, in date order, each starting the day after the previous ends.</param>
    /// <returns>The fiscal periods.</returns>
    /// <exception cref="ArgumentException">There is no period, a period ends before it starts, or two periods leave a
    /// gap or overlap.</exception>
    public static FiscalPeriods Create(IEnumerable<FiscalPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("Give at least one fiscal period.", nameof(periods));
        }

        for (var i = 0; i < list.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(periods));
            if (list[i].End < list[i].Start)
            {
                throw new ArgumentException($"Fiscal period {i} ends ({list[i].End:yyyy-MM-dd}) before it starts ({list[i].Start:yyyy-MM-dd}).", nameof(periods));
            }

            if (i > 0 && list[i].Start != list[i - 1].End.AddDays(1))
            {
                throw new ArgumentException(
                    $"Fiscal period {i} starts on {list[i].Start:yyyy-MM-dd}; it must start the day after period {i - 1} ends ({list[i - 1].End.AddDays(1):yyyy-MM-dd}): no gaps, no overlaps.",
                    nameof(periods));
            }
        }

        return new FiscalPeriods(list);
    }

    /// <summary>Creates fiscal periods from a week pattern repeated for a number of years, e.g. 4-4-5 per quarter.</summary>
    /// <param name="start">The first day of the first fiscal year.</param>
    /// <param name="weeksPerPeriod">The length of each period of a year in weeks, e.g. 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5.</param>
    /// <param name="years">How many years to make (1 to 100).</param>
    /// <returns>The fiscal periods.</returns>
    /// <exception cref="ArgumentException">The pattern is empty or has a length that is not 1 to 53 weeks.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of years is not 1 to 100.</exception>
    public static FiscalPeriods FromWeekPattern(DateOnly start, IReadOnlyList<int> weeksPerPeriod, int years)
    {
        ArgumentNullException.ThrowIfNull(weeksPerPeriod);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, 100);
        if (weeksPerPeriod.Count == 0 || weeksPerPeriod.Any(w => w is < 1 or > 53))
        {
            throw new ArgumentException("Give each period's length as 1 to 53 weeks.", nameof(weeksPerPeriod));
        }

        var periods = new List<FiscalPeriod>(weeksPerPeriod.Count * years);
        var next = start;
        for (var year = 0; year < years; year++)
        {
            foreach (var weeks in weeksPerPeriod)
            {
                var end = next.AddDays((weeks * 7) - 1);
                periods.Add(new FiscalPeriod(next, end));
                next = end.AddDays(1);
            }
        }

        return new FiscalPeriods([.. periods]);
    }

    /// <summary>Creates a 4-4-5 calendar: twelve periods a year, each quarter a 4-week, a 4-week and a 5-week period.</summary>
    /// <param name="start">The first day of the first fiscal year.</param>
    /// <param name="years">How many years to make (1 to 100).</param>
    /// <returns>The fiscal periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number of years is not 1 to 100.</exception>
    public static FiscalPeriods FourFourFive(DateOnly start, int years) =>
        FromWeekPattern(start, [4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5], years);

    /// <summary>Finds the period that holds a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period, or null when the date lies outside every period.</returns>
    public FiscalPeriod? Find(DateOnly date)
    {
        int low = 0, high = _periods.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var period = _periods[middle];
            if (date < period.Start)
            {
                high = middle - 1;
            }
            else if (date > period.End)
            {
                low = middle + 1;
            }
            else
            {
                return period;
            }
        }

        return null;
    }
}
