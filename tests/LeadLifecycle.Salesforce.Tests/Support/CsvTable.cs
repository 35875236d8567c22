using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce.Tests.Support;

/// <summary>Reads a whole CSV fixture into rows keyed by column name, for comparing records Salesforce produced.</summary>
internal static class CsvTable
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        return Rows(reader);
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);
        return Rows(reader);
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(SepReader reader)
    {
        var names = reader.Header.ColNames;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Count; i++)
            {
                values[names[i]] = row[i].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }
}
