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
        var monthsIntoYear = ((date.Month - fiscalYearStartMonth) % 12 + 12) % 12;
        var quarterStart = new DateOnly(date.Year, date.Month, 1).AddMonths(-(monthsIntoYear % 3));
        return quarterStart.AddMonths(3).AddDays(-1);
    }
}
