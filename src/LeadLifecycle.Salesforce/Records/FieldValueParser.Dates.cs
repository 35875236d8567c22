using System.Globalization;

namespace LeadLifecycle.Salesforce;

/// <content>Dates and date-times: ISO 8601 (with Salesforce's <c>+0000</c> offsets) and US forms.</content>
internal static partial class FieldValueParser
{
    private static readonly string[] UsDateTimeFormats =
    [
        "M/d/yyyy h:mm tt", "M/d/yy h:mm tt", "M/d/yyyy h:mm:ss tt", "M/d/yy h:mm:ss tt",
        "M/d/yyyy H:mm", "M/d/yy H:mm", "M/d/yyyy H:mm:ss", "M/d/yy H:mm:ss", "M/d/yyyy", "M/d/yy",
    ];

    private static readonly string[] UsDateFormats = ["M/d/yyyy", "M/d/yy"];

    public static bool TryDate(ReadOnlySpan<char> text, TimeSpan unzonedOffset, out DateOnly? value)
    {
        text = text.Trim();
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            || DateOnly.TryParseExact(text, UsDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out iso))
        {
            value = iso;
            return true;
        }

        // A date-time where a date is expected: keep the calendar date as written.
        if (TryDateTime(text, unzonedOffset, out var dateTime) && dateTime is { } instant)
        {
            value = DateOnly.FromDateTime(instant.DateTime);
            return true;
        }

        return false;
    }

    public static bool TryDateTime(ReadOnlySpan<char> text, TimeSpan unzonedOffset, out DateTimeOffset? value)
    {
        text = text.Trim();
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (TryFastIso(text, unzonedOffset, out var fast))
        {
            value = fast;
            return true;
        }

        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-')
        {
            // ISO 8601; Salesforce writes offsets without a colon (2024-01-22T20:36:47.000+0000).
            Span<char> buffer = stackalloc char[Math.Min(text.Length + 1, 64)];
            var iso = NormalizeOffset(text, buffer);
            if (DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                value = HasZone(iso) ? parsed : new DateTimeOffset(parsed.DateTime, unzonedOffset);
                return true;
            }

            return false;
        }

        if (DateTime.TryParseExact(text, UsDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var us))
        {
            value = new DateTimeOffset(DateTime.SpecifyKind(us, DateTimeKind.Unspecified), unzonedOffset);
            return true;
        }

        return false;
    }

    /// <summary>The common exact shapes, parsed without allocating: <c>yyyy-MM-ddTHH:mm:ss[.fff][Z|+hhmm|+hh:mm]</c>.</summary>
    private static bool TryFastIso(ReadOnlySpan<char> text, TimeSpan unzonedOffset, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        var milliseconds = 0;
        if (position < text.Length && text[position] == '.')
        {
            if (position + 4 > text.Length || !Digits(text, position + 1, 3, out milliseconds))
            {
                return false;
            }

            position += 4;
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
            if ((colon == 1 && rest[3] != ':') || !Digits(rest, 1, 2, out var hours) || !Digits(rest, 3 + colon, 2, out var minutes) || hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (rest[0] == '-' ? -1 : 1);
        }
        else if (!rest.IsEmpty)
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, milliseconds, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
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
