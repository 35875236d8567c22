namespace LeadLifecycle.Samples;

/// <summary>The story's clock: starts on a Monday morning and is moved on by the story, so every event has a readable time.</summary>
internal sealed class StoryClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
