using FluentResults;
using FsCheck.Xunit;
using LeadLifecycle.Leads;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The import reuses one draft and one string pool for every row of a file: what a row reads never depends on
/// the rows before it, and it reads each row as the general per-field path does.</summary>
public class CsvRowReuseProperties
{
    [Property(Arbitrary = new[] { typeof(CsvRowArbitraries) }, MaxTest = 200)]
    public bool EveryRow_ReadsInAFile_AsItReadsAlone(MixedCsv file)
    {
        var reader = new LeadRecordReader();
        var together = reader.ReadCsvRecords(new StringReader(file.Csv), "leads.csv").ToArray();
        var alone = file.Rows.Select(row => reader.ReadCsvRecords(new StringReader(MixedCsv.Header + row), "leads.csv").Single()).ToArray();
        return together.Length == alone.Length && together.Zip(alone).All(pair => Same(pair.First, pair.Second));
    }

    /// <summary>The CSV import's column plan (text columns, then custom, then typed values, each group in one loop) reads
    /// every row as <see cref="SalesforceRecordReader{TRecord}.RowBuilder.Apply"/> does, field by field in column order:
    /// the same record, or the same errors in the same order, with the same warnings.</summary>
    [Property(Arbitrary = new[] { typeof(CsvRowArbitraries) }, MaxTest = 200)]
    public bool EveryRow_ReadsAsTheGeneralPerFieldPathReadsIt(MixedCsv file)
    {
        var reader = new LeadRecordReader();
        var imported = reader.ReadCsvRecords(new StringReader(file.Csv), "leads.csv").ToArray();
        return imported.Length == file.Rows.Length && imported.Zip(ReadFieldByField(reader, file.Csv)).All(pair => Same(pair.First, pair.Second));
    }

    [Property(Arbitrary = new[] { typeof(CsvRowArbitraries) }, MaxTest = 300)]
    public bool StringPool_ReturnsEveryValueAsWritten(string[] values)
    {
        var pool = new CategoryStringPool();
        pool.UseFor([true, true]);
        return values.Select((value, i) => pool.ToString(value.AsSpan(), i % 2) == value).All(equal => equal);
    }

    private static List<Result<Lead>> ReadFieldByField(LeadRecordReader reader, string csv)
    {
        using var sep = Sep.New(',').Reader(o => o with { Unescape = true, HasHeader = false, DisableColCountCheck = true }).FromText(csv);
        sep.MoveNext();
        var names = Enumerable.Range(0, sep.Current.ColCount).Select(i => sep.Current[i].ToString()).ToArray();
        var bindings = reader.Schema.Bind(names, reader.Options.IgnoredColumns);
        var builder = new SalesforceRecordReader<Lead>.RowBuilder(reader, "leads.csv", pooledColumns: null);
        var results = new List<Result<Lead>>();
        while (sep.MoveNext())
        {
            builder.Begin(results.Count + 1, sep.Current.LineNumberFrom);
            if (sep.Current.ColCount != names.Length)
            {
                // Not a record of the header's columns (an unquoted "1,000"): the import's malformed-row error.
                builder.Fail(new MalformedRecordError("leads.csv", builder.Row, builder.Line, $"the row has {sep.Current.ColCount} fields, the header has {names.Length}."));
            }
            else
            {
                for (var i = 0; i < names.Length; i++)
                {
                    builder.Apply(bindings[i], names[i], sep.Current[i].Span, poolColumn: -1);
                }
            }

            results.Add(builder.Finish());
        }

        return results;
    }

    /// <summary>The same record (or the same errors) with the same warnings; the row numbers differ, so messages are
    /// compared without them.</summary>
    private static bool Same(Result<Lead> together, Result<Lead> alone) =>
        together.IsSuccess == alone.IsSuccess
        && (together.IsFailed || together.Value == alone.Value)
        && together.Errors.Count == alone.Errors.Count
        && together.Errors.Zip(alone.Errors).All(e => e.First.GetType() == e.Second.GetType() && Detail(e.First) == Detail(e.Second))
        && together.Successes.Select(Detail).SequenceEqual(alone.Successes.Select(Detail));

    private static string Detail(IReason reason) =>
        string.Join(';', reason.Metadata.Where(m => m.Key is not ("Row" or "Line")).Select(m => $"{m.Key}={(m.Value is string[] values ? string.Join(',', values) : m.Value)}"));
}
