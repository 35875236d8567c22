using System.Globalization;

namespace LeadLifecycle.Salesforce;

/// <summary>The date and date-time forms one import accepts, compiled once from <see cref="RecordImportOptions"/>.</summary>
internal sealed class ValueFormats
{
    private static readonly string[] UsDateTimeFormats =
    [
        "M/d/yyyy h:mm tt", "M/d/yy h:mm tt", "M/d/yyyy h:mm:ss tt", "M/d/yy h:mm:ss tt",
        "M/d/yyyy H:mm", "M/d/yy H:mm", "M/d/yyyy H:mm:ss", "M/d/yy H:mm:ss", "M/d/yyyy", "M/d/yy",
    ];

    private static readonly string[] UsDateFormats = ["M/d/yyyy", "M/d/yy"];

    public ValueFormats(RecordImportOptions options)
    {
        UnzonedOffset = options.UnzonedOffset;
        Culture = options.Culture ?? CultureInfo.InvariantCulture;
        var custom = options.DateFormats.ToArray();
        if (options.Culture is null)
        {
            DateFormats = [.. custom, .. UsDateFormats];
            DateTimeFormats = [.. custom, .. UsDateTimeFormats];
        }
        else
        {
            // The user's locale: its short and long date patterns, with and without its time patterns, 12 and 24 hours.
            var dates = Culture.DateTimeFormat.GetAllDateTimePatterns('d');
            string[] times = [.. Culture.DateTimeFormat.GetAllDateTimePatterns('t'), .. Culture.DateTimeFormat.GetAllDateTimePatterns('T'), "H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];
            DateFormats = [.. custom, .. dates];
            DateTimeFormats = [.. custom, .. dates.SelectMany(d => times.Select(t => $"{d} {t}")).Distinct(StringComparer.Ordinal), .. dates];
        }

        var shown = options.Culture is null ? "M/d/yyyy or M/d/yy" : $"the {Culture.Name} form {Culture.DateTimeFormat.ShortDatePattern}";
        var extra = custom.Length == 0 ? string.Empty : $", {string.Join(", ", custom)}";
        DateExpected = $"a date (yyyy-MM-dd, {shown}{extra})";
        DateTimeExpected = options.Culture is null
            ? $"a date and time (ISO 8601, or M/d/yyyy h:mm tt{extra}) within the years 0001-9999"
            : $"a date and time (ISO 8601, or {Culture.DateTimeFormat.ShortDatePattern} {Culture.DateTimeFormat.ShortTimePattern}{extra}) within the years 0001-9999";
    }

    public TimeSpan UnzonedOffset { get; }

    public CultureInfo Culture { get; }

    public string[] DateFormats { get; }

    public string[] DateTimeFormats { get; }

    public string DateExpected { get; }

    public string DateTimeExpected { get; }
}
