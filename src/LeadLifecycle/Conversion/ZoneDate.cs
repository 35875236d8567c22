namespace LeadLifecycle.Conversion;

/// <summary>The date at an instant in a time zone, as <c>TimeZoneInfo.ConvertTime</c> gives it, without its per-call
/// rule lookup for a zone whose offset never changes (UTC, fixed-offset zones): the last zone asked about and whether
/// its offset is fixed are cached. One per converter; safe to share between threads (the cache is one immutable
/// object, replaced whole).</summary>
internal sealed class ZoneDate
{
    private Zone? _last;

    /// <summary>The date at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public DateOnly Of(DateTimeOffset now, TimeZoneInfo zone)
    {
        var last = _last;
        if (last is null || !ReferenceEquals(last.Info, zone))
        {
            last = new Zone(zone, FixedOffsetTicks(zone));
            _last = last;
        }

        if (last.FixedOffsetTicks is { } offset)
        {
            var ticks = now.UtcTicks + offset;
            if ((ulong)ticks <= (ulong)DateTime.MaxValue.Ticks)
            {
                return DateOnly.FromDayNumber((int)(ticks / TimeSpan.TicksPerDay));
            }
        }

        // Zones with daylight saving time or historical changes, and instants at the ends of the calendar (which
        // ConvertTime clamps).
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>The zone's offset in ticks when it has no adjustment rules (so <c>GetUtcOffset</c> is its base offset
    /// at every instant); else null.</summary>
    private static long? FixedOffsetTicks(TimeZoneInfo zone) =>
        zone.GetAdjustmentRules().Length == 0 ? zone.BaseUtcOffset.Ticks : null;

    private sealed record Zone(TimeZoneInfo Info, long? FixedOffsetTicks);
}
