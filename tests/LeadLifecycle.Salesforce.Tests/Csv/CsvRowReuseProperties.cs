using FluentResults;
using FsCheck.Xunit;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The import reuses one draft and one string pool for every row of a file: what a row reads never depends on
/// the rows before it.</summary>
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

    [Property(Arbitrary = new[] { typeof(CsvRowArbitraries) }, MaxTest = 300)]
    public bool StringPool_ReturnsEveryValueAsWritten(string[] values)
    {
        var pool = new CategoryStringPool();
        pool.UseFor([true, true]);
        return values.Select((value, i) => pool.ToString(value.AsSpan(), i % 2) == value).All(equal => equal);
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
