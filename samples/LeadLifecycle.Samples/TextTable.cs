using System.Globalization;
using System.Text;

namespace LeadLifecycle.Samples;

/// <summary>Prints rows as a plain-text table with aligned columns.</summary>
internal static class TextTable
{
    public static void Print(string title, string[] headers, IEnumerable<string?[]> rows)
    {
        var all = rows.Select(r => r.Select(c => c ?? string.Empty).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        output.AppendLine(Line(headers, widths));
        output.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in all)
        {
            output.AppendLine(Line(row, widths));
        }

        Console.WriteLine(output.ToString());
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Money(decimal? amount) => amount?.ToString("#,0", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
