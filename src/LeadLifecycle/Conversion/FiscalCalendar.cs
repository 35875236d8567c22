namespace LeadLifecycle.Conversion;

/// <summary>Fiscal quarters for a fiscal year that starts in a given month.</summary>
internal static class FiscalCalendar
{
    /// <summary>The last day of the fiscal quarter that holds a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="fiscalYearStartMonth">The month (1 to 12) the fiscal year starts in; 1 gives calendar quarters.</param>
    /// <returns>The quarter's last day.</returns>
    public static DateOnly EndOfQuarter(DateOnly date, int fiscalYearStartMonth)
    {
        // One decomposition of the date: a conversion asks on every call.
        date.Deconstruct(out var year, out var month, out _);
        var monthsIntoQuarter = (((month - fiscalYearStartMonth) % 12) + 12) % 12 % 3;
        var endMonth = month + 2 - monthsIntoQuarter;
        if (endMonth > 12)
        {
            endMonth -= 12;
            year++;
        }

        return new DateOnly(year, endMonth, DateTime.DaysInMonth(year, endMonth));
    }
}
