using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class FiscalQuarterTests
{
    [Theory]
    [InlineData("2026-01-01", 1, "2026-03-31")]
    [InlineData("2026-02-24", 1, "2026-03-31")]
    [InlineData("2026-04-01", 1, "2026-06-30")]
    [InlineData("2026-12-31", 1, "2026-12-31")]
    [InlineData("2026-02-24", 2, "2026-04-30")]
    [InlineData("2026-01-15", 2, "2026-01-31")]
    [InlineData("2026-02-24", 4, "2026-03-31")]
    [InlineData("2026-11-30", 10, "2026-12-31")]
    [InlineData("2026-12-15", 12, "2027-02-28")]
    [InlineData("2028-01-10", 12, "2028-02-29")]
    public void EndOfQuarter_GivesTheLastDayOfTheFiscalQuarter(string date, int startMonth, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FiscalCalendar.EndOfQuarter(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), startMonth));
    }

    /// <summary>Every date the calendar has and every start month: the quarter's last day is the first day, from the
    /// date on, after which a fiscal quarter starts (the first of a month a multiple of three months from the fiscal
    /// year's start month), found by walking the calendar. The last quarter of year 9999 has no day after it: refused.</summary>
    [Property(MaxTest = 1000)]
    public void EndOfQuarter_IsTheLastDayBeforeTheNextFiscalQuarterStarts(uint dayNumber, byte month)
    {
        var date = DateOnly.FromDayNumber((int)(dayNumber % (uint)(DateOnly.MaxValue.DayNumber + 1)));
        var startMonth = (month % 12) + 1;
        var end = date;
        while (end < DateOnly.MaxValue && !StartsAQuarter(end.AddDays(1), startMonth))
        {
            end = end.AddDays(1);
        }

        if (end == DateOnly.MaxValue)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.EndOfQuarter(date, startMonth));
            return;
        }

        Assert.Equal(end, FiscalCalendar.EndOfQuarter(date, startMonth));
    }

    private static bool StartsAQuarter(DateOnly day, int startMonth) => day.Day == 1 && (day.Month - startMonth + 12) % 3 == 0;

    [Fact]
    public void Convert_WithAFiscalYearStartingInFebruary_ClosesAtTheEndOfTheFiscalQuarter()
    {
        var converter = Converter(new LeadConverterOptions { FiscalYearStartMonth = 2 });

        var opportunity = converter.Convert(FullLead(), Request()).Value.Opportunity!;

        Assert.Equal(new DateOnly(2026, 4, 30), opportunity.CloseDate);
    }

    [Fact]
    public void Convert_WithCalendarQuarters_ClosesAtTheEndOfTheCalendarQuarter()
    {
        var opportunity = Converter().Convert(FullLead(), Request()).Value.Opportunity!;

        Assert.Equal(new DateOnly(2026, 3, 31), opportunity.CloseDate);
    }
}
