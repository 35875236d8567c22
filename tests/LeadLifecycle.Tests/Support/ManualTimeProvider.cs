namespace LeadLifecycle.Tests.Support;

/// <summary>A clock the test sets and moves by hand, in a chosen local time zone (UTC unless given).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start, TimeZoneInfo? zone = null) : TimeProvider
{
    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero))
    {
    }

    public DateTimeOffset Now { get; set; } = start;

    public override TimeZoneInfo LocalTimeZone => zone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}
