using System.Globalization;

namespace LeadLifecycle.Salesforce;

/// <content>Dates and date-times: ISO 8601 (with Salesforce's <c>+0000</c> offsets), then the US forms or the forms of
/// <see cref="RecordImportOptions.Culture"/> and <see cref="RecordImportOptions.DateFormats"/>.</content>
internal static partial class FieldValueParser
{
    /// <summary>The largest offset from UTC a date-time may have (DateTimeOffset's own limit).</summary>
    private static readonly TimeSpan MaximumOffset = TimeSpan.FromHours(14);

    public static bool TryDate(ReadOnlySpan<char> text, ValueFormats formats, out DateOnly? value)
    {
        text = text.Trim();
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (TryIsoDate(text, out var iso) || DateOnly.TryParseExact(text, formats.DateFormats, formats.Culture, DateTimeStyles.AllowWhiteSpaces, out iso))
        {
            value = iso;
            return true;
        }

        // A date-time where a date is expected: keep the calendar date as written, whatever the offset.
        if (text.Length > 10 && text[10] is 'T' or ' ' && TryIsoDate(text[..10], out var written))
        {
            value = written;
            return true;
        }

        if (DateTime.TryParseExact(text, formats.DateTimeFormats, formats.Culture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            value = DateOnly.FromDateTime(local);
            return true;
        }

        return false;
    }

    public static bool TryDateTime(ReadOnlySpan<char> text, ValueFormats formats, out DateTimeOffset? value)
    {
        text = text.Trim();
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (TryFastIso(text, formats.UnzonedOffset, out var fast))
        {
            value = fast;
            return true;
        }

        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-')
        {
            if (TryIso(text, formats.UnzonedOffset, out var instant))
            {
                value = instant;
                return true;
            }

            return false;
        }

        if (DateTime.TryParseExact(text, formats.DateTimeFormats, formats.Culture, DateTimeStyles.AllowWhiteSpaces, out var written)
            && TryOffset(written, formats.UnzonedOffset, out var at))
        {
            value = at;
            return true;
        }

        return false;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> (Salesforce's API form), read without trying any format: exactly what
    /// <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, ...)</c> reads.</summary>
    internal static bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        int year = Number(text, 0, 4), month = Number(text, 5, 2), day = Number(text, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Any ISO 8601 date-time the platform reads, the offset with or without a colon (Salesforce writes
    /// 2024-01-22T20:36:47.000+0000); without an offset, at <paramref name="unzonedOffset"/>.</summary>
    internal static bool TryIso(ReadOnlySpan<char> text, TimeSpan unzonedOffset, out DateTimeOffset value)
    {
        value = default;
        Span<char> buffer = stackalloc char[Math.Min(text.Length + 1, 64)];
        var iso = NormalizeOffset(text, buffer);
        if (HasZone(iso))
        {
            return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
        }

        return DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            && TryOffset(local, unzonedOffset, out value);
    }

    /// <summary>A local date-time at an offset, unless its UTC instant falls outside the years 0001-9999 (the CRM sentinel
    /// <c>9999-12-31T23:59:59</c> at a negative offset does).</summary>
    private static bool TryOffset(DateTime local, TimeSpan offset, out DateTimeOffset value)
    {
        var utcTicks = local.Ticks - offset.Ticks;
        if (offset.Duration() > MaximumOffset || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            value = default;
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
        return true;
    }

    /// <summary>The common exact shapes, parsed without allocating or trying any format: <c>yyyy-MM-ddTHH:mm:ss[.fff][Z|+hhmm|+hh:mm]</c>;
    /// false for anything else (then <see cref="TryIso"/> decides, and gives the same value for these shapes).</summary>
    internal static bool TryFastIso(ReadOnlySpan<char> text, TimeSpan unzonedOffset, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        int year = Number(text, 0, 4), month = Number(text, 5, 2), day = Number(text, 8, 2);
        int hour = Number(text, 11, 2), minute = Number(text, 14, 2), second = Number(text, 17, 2);
        var position = 19;
        var milliseconds = 0;
        if (position < text.Length && text[position] == '.')
        {
            milliseconds = position + 4 > text.Length ? -1 : Number(text, position + 1, 3);
            position += 4;
        }

        if ((year | month | day | hour | minute | second | milliseconds) < 0)
        {
            return false;
        }

        var offset = unzonedOffset;
        var rest = text[position..];
        if (rest is "Z" or "z")
        {
            offset = TimeSpan.Zero;
        }
        else if (rest.Length is 5 or 6 && (rest[0] == '+' || rest[0] == '-'))
        {
            var colon = rest.Length == 6 ? 1 : 0;
            var hours = Number(rest, 1, 2);
            var minutes = Number(rest, 3 + colon, 2);
            if ((colon == 1 && rest[3] != ':') || hours is < 0 or > 14 || minutes is < 0 or > 59)
            {
                return false;
            }

            offset = TimeSpan.FromTicks(((hours * 60) + minutes) * (rest[0] == '-' ? -TimeSpan.TicksPerMinute : TimeSpan.TicksPerMinute));
        }
        else if (!rest.IsEmpty)
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        // Every part is checked above, so the local ticks are counted directly (what the DateTime constructor computes,
        // without checking the parts again); TryOffset's range check follows, inline.
        var ticks = (new DateOnly(year, month, day).DayNumber * TimeSpan.TicksPerDay) + (hour * TimeSpan.TicksPerHour)
            + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + (milliseconds * TimeSpan.TicksPerMillisecond);
        var utcTicks = ticks - offset.Ticks;
        if (offset.Duration() > MaximumOffset || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(ticks, offset);
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>; -1 when one is not a digit.</summary>
    private static int Number(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        foreach (var character in text.Slice(start, count))
        {
            var digit = (uint)(character - '0');
            if (digit > 9)
            {
                return -1;
            }

            value = (value * 10) + (int)digit;
        }

        return value;
    }

    private static bool HasZone(ReadOnlySpan<char> iso)
    {
        if (iso.EndsWith("Z", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var time = iso.IndexOf('T');
        return time > 0 && iso[time..].IndexOfAny('+', '-') > 0;
    }

    private static ReadOnlySpan<char> NormalizeOffset(ReadOnlySpan<char> text, Span<char> buffer)
    {
        // "+hhmm" at the end becomes "+hh:mm".
        if (text.Length >= 5 && text.Length < buffer.Length && (text[^5] == '+' || text[^5] == '-')
            && char.IsAsciiDigit(text[^4]) && char.IsAsciiDigit(text[^3]) && char.IsAsciiDigit(text[^2]) && char.IsAsciiDigit(text[^1]))
        {
            text[..^2].CopyTo(buffer);
            buffer[text.Length - 2] = ':';
            text[^2..].CopyTo(buffer[(text.Length - 1)..]);
            return buffer[..(text.Length + 1)];
        }

        return text;
    }
}
