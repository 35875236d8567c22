namespace LeadLifecycle.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero))
    {
    }

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
