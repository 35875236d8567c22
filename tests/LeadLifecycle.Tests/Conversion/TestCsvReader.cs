using System.Globalization;
using System.Text;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>A small RFC 4180 reader for the fixture exports (quoted fields, doubled quotes); test-only.</summary>
internal static class TestCsvReader
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var rows = Parse(File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF'));
        var header = rows[0];
        return [.. rows.Skip(1)
            .Where(r => r.Count > 1 || r[0].Length > 0)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, v: i < r.Count ? r[i] : string.Empty))
                .ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))];
    }

    /// <summary>Salesforce's US export dates: M/d/yy, optionally followed by a time.</summary>
    public static DateOnly? Date(string value) =>
        value.Length == 0 ? null : DateOnly.ParseExact(value.Split(' ')[0], "MM/dd/yy", CultureInfo.InvariantCulture);

    public static string? Text(string value) => value.Length == 0 ? null : value;

    public static decimal? Number(string value) => value.Length == 0 ? null : decimal.Parse(value, CultureInfo.InvariantCulture);

    public static int? Integer(string value) => value.Length == 0 ? null : int.Parse(value, CultureInfo.InvariantCulture);

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
