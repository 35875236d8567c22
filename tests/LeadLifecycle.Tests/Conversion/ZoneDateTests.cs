using FsCheck.Xunit;
using LeadLifecycle.Conversion;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>The converter's "today": the date <c>TimeZoneInfo.ConvertTime</c> gives, computed without it for zones
/// whose offset never changes.</summary>
public sealed class ZoneDateTests
{
    private static readonly TimeZoneInfo[] Zones =
    [
        TimeZoneInfo.Utc,
        TimeZoneInfo.Local,
        .. new[] { "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Australia/Lord_Howe" }
            .Select(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null)
            .OfType<TimeZoneInfo>(),
    ];

    [Property(MaxTest = 500)]
    public void Of_IsTheDateConvertTimeGives_InEveryZone(long ticks, int offsetMinutes, byte zoneIndex)
    {
        var now = new DateTimeOffset(Math.Abs(ticks % DateTime.MaxValue.Ticks), TimeSpan.Zero);
        var zone = zoneIndex % 2 == 0
            ? Zones[zoneIndex / 2 % Zones.Length]
            : FixedZone(offsetMinutes % (14 * 60));
        var dates = new ZoneDate();

        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), dates.Of(now, zone));
    }

    [Fact]
    public void Of_FollowsEachZoneItIsGiven_NotTheFirstOnly()
    {
        var dates = new ZoneDate();
        var now = new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 3, 31), dates.Of(now, TimeZoneInfo.Utc));
        Assert.Equal(new DateOnly(2026, 4, 1), dates.Of(now, FixedZone(120)));
        Assert.Equal(new DateOnly(2026, 3, 31), dates.Of(now, FixedZone(-600)));
        Assert.Equal(new DateOnly(2026, 3, 31), dates.Of(now, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData(14 * 60)]
    [InlineData(-14 * 60)]
    public void Of_AtTheEndsOfTheCalendar_ClampsAsConvertTimeDoes(int offsetMinutes)
    {
        var zone = FixedZone(offsetMinutes);
        var dates = new ZoneDate();

        foreach (var now in new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue })
        {
            Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), dates.Of(now, zone));
        }
    }

    [Fact]
    public void Of_InAZoneWithDaylightSavingTime_UsesTheOffsetOfTheDay()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 1));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Summer", TimeSpan.FromHours(-1), "Test", "Test", "Test summer", [rule]);
        var dates = new ZoneDate();

        // UTC-1 in winter, UTC+0 in summer: 00:30 UTC is the same day in summer (the base offset alone would give the
        // day before) and the day before in winter.
        Assert.Equal(new DateOnly(2026, 7, 1), dates.Of(new DateTimeOffset(2026, 7, 1, 0, 30, 0, TimeSpan.Zero), zone));
        Assert.Equal(new DateOnly(2026, 1, 1), dates.Of(new DateTimeOffset(2026, 1, 2, 0, 30, 0, TimeSpan.Zero), zone));
    }

    private static TimeZoneInfo FixedZone(int offsetMinutes) =>
        TimeZoneInfo.CreateCustomTimeZone($"Test/{offsetMinutes}", TimeSpan.FromMinutes(offsetMinutes), "Test", "Test");
}
