using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Tests.Support;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>Custom fiscal years (Salesforce Help, "Custom Fiscal Years": 4-4-5 and other week patterns) and the
/// converting user's time zone for "today".</summary>
public sealed class FiscalPeriodTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.CreateCustomTimeZone("UTC-5", TimeSpan.FromHours(-5), "UTC-5", "UTC-5");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");

    /// <summary>A 4-4-5 year starting Sunday 2026-01-04: periods end 01-31, 02-28, 04-04, 05-02, 05-30, 07-04, ...</summary>
    private static readonly FiscalPeriods FourFourFive2026 = FiscalPeriods.FourFourFive(new DateOnly(2026, 1, 4), years: 2);

    private static LeadConverter At(DateTimeOffset utc, LeadConverterOptions? options = null) =>
        Converter((options ?? new LeadConverterOptions()) with { TimeProvider = new FakeTimeProvider(utc) });

    [Fact]
    public void FourFourFive_GivesTwelvePeriodsOfFourFourAndFiveWeeksAYear()
    {
        var periods = FourFourFive2026.Periods;

        Assert.Equal(24, periods.Count);
        Assert.Equal([28, 28, 35], periods.Take(3).Select(p => p.End.DayNumber - p.Start.DayNumber + 1));
        Assert.Equal(new DateOnly(2026, 1, 31), periods[0].End);
        Assert.Equal(new DateOnly(2026, 4, 4), periods[2].End);
        Assert.Equal(new DateOnly(2027, 1, 2), periods[11].End);   // 52 weeks
        Assert.Equal(new DateOnly(2027, 1, 3), periods[12].Start);
    }

    [Theory]
    [InlineData("2026-03-01T12:00:00Z", "2026-04-04")]   // first day of the 5-week period
    [InlineData("2026-04-04T12:00:00Z", "2026-04-04")]   // last day of it
    [InlineData("2026-04-05T12:00:00Z", "2026-05-02")]   // the next period
    [InlineData("2026-02-28T12:00:00Z", "2026-02-28")]
    public void Convert_WithA445Calendar_ClosesOnTheLastDayOfTheCurrentPeriod(string now, string closeDate)
    {
        var result = At(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new LeadConverterOptions { FiscalPeriods = FourFourFive2026 })
            .Convert(FullLead(), Request()).Value;

        Assert.Equal(DateOnly.Parse(closeDate, System.Globalization.CultureInfo.InvariantCulture), result.Opportunity!.CloseDate);
    }

    [Fact]
    public void Convert_OnADateOutsideTheCustomPeriods_UsesTheStandardFiscalQuarter()
    {
        var result = At(new DateTimeOffset(2030, 5, 1, 12, 0, 0, TimeSpan.Zero), new LeadConverterOptions { FiscalPeriods = FourFourFive2026 })
            .Convert(FullLead(), Request()).Value;

        Assert.Equal(new DateOnly(2030, 6, 30), result.Opportunity!.CloseDate);
    }

    [Fact]
    public void Convert_JustBeforeMidnightInNewYorkOnTheLastDayOfAQuarter_DatesItThatDayAlthoughUtcIsNextQuarter()
    {
        // 2026-03-31 23:30 in UTC-5 is 2026-04-01 04:30 UTC.
        var utc = new DateTimeOffset(2026, 4, 1, 4, 30, 0, TimeSpan.Zero);

        var inNewYork = At(utc).Convert(FullLead(), Request() with { TimeZone = NewYork }).Value;
        var inUtc = At(utc).Convert(FullLead(), Request()).Value;

        Assert.Equal((new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 31)), (inNewYork.Lead.ConvertedDate!.Value, inNewYork.Opportunity!.CloseDate!.Value));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), (inUtc.Lead.ConvertedDate!.Value, inUtc.Opportunity!.CloseDate!.Value));
    }

    [Fact]
    public void Convert_TheRequestsTimeZoneWinsOverTheConverters()
    {
        var utc = new DateTimeOffset(2026, 6, 30, 20, 0, 0, TimeSpan.Zero);   // 2026-07-01 05:00 in UTC+9

        var converterZone = At(utc, new LeadConverterOptions { TimeZone = Tokyo }).Convert(FullLead(), Request()).Value;
        var requestZone = At(utc, new LeadConverterOptions { TimeZone = Tokyo }).Convert(FullLead(), Request() with { TimeZone = NewYork }).Value;

        Assert.Equal(new DateOnly(2026, 7, 1), converterZone.Lead.ConvertedDate);
        Assert.Equal(new DateOnly(2026, 9, 30), converterZone.Opportunity!.CloseDate);
        Assert.Equal(new DateOnly(2026, 6, 30), requestZone.Lead.ConvertedDate);
        Assert.Equal(new DateOnly(2026, 6, 30), requestZone.Opportunity!.CloseDate);
    }

    [Fact]
    public void Create_WithAGapOrAnOverlap_Throws()
    {
        var first = new FiscalPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        Assert.Throws<ArgumentException>(() => FiscalPeriods.Create([first, new FiscalPeriod(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 28))]));
        Assert.Throws<ArgumentException>(() => FiscalPeriods.Create([first, new FiscalPeriod(new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28))]));
        Assert.Throws<ArgumentException>(() => FiscalPeriods.Create([new FiscalPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1))]));
        Assert.Throws<ArgumentException>(() => FiscalPeriods.Create([]));
        Assert.Throws<ArgumentException>(() => FiscalPeriods.FromWeekPattern(new DateOnly(2026, 1, 1), [4, 0], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalPeriods.FourFourFive(new DateOnly(2026, 1, 1), 0));
    }

    /// <summary>Every date inside the periods lies in the period Find returns, and its end is a period's end.</summary>
    [Property(MaxTest = 200)]
    public void Find_GivesThePeriodHoldingTheDate(PositiveInt offset, NonEmptyArray<PositiveInt> weeks)
    {
        var pattern = weeks.Get.Take(13).Select(w => (w.Get % 6) + 1).ToArray();
        var periods = FiscalPeriods.FromWeekPattern(new DateOnly(2025, 12, 28), pattern, years: 2);
        var span = periods.Periods[^1].End.DayNumber - periods.Periods[0].Start.DayNumber + 1;
        var date = periods.Periods[0].Start.AddDays(offset.Get % span);

        var found = periods.Find(date);

        Assert.NotNull(found);
        Assert.True(found.Contains(date));
        Assert.Single(periods.Periods, p => p.Contains(date));
        Assert.Null(periods.Find(periods.Periods[0].Start.AddDays(-1)));
        Assert.Null(periods.Find(periods.Periods[^1].End.AddDays(1)));
    }
}
