using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>A generated CSV file whose rows mix set, empty and unreadable values in every kind of column, so that each
/// row's fields differ from the row before it.</summary>
/// <param name="Rows">The rows, each ending with a line break.</param>
public sealed record MixedCsv(string[] Rows)
{
    /// <summary>The header: an id, text, a number, a whole number, a boolean, a date-time, a date and a custom field.</summary>
    public const string Header = "Id,LastName,City,AnnualRevenue,NumberOfEmployees,DoNotCall,CreatedDate,ConvertedDate,Region__c\n";

    /// <summary>Gets the whole file.</summary>
    public string Csv => Header + string.Concat(Rows);

    public override string ToString() => string.Concat(Rows).ReplaceLineEndings(" | ");
}

/// <summary>Generators of CSV rows and of values for the import's string pool.</summary>
public static class CsvRowArbitraries
{
    private static readonly Gen<string> Ids = Gen.Elements("00Q000000000001AAA", "00Q000000000002", "000000000000000AAA", "000000000000000", string.Empty);
    private static readonly Gen<string> Names = Gen.Elements("Smith", "O'Brien", "\"Lee, Jr.\"", "Müller", string.Empty);
    private static readonly Gen<string> Cities = Gen.Elements("Boston", "Paris", string.Empty);
    private static readonly Gen<string> Amounts = Gen.Elements("12500", "99.5", "1,000", string.Empty, "lots");
    private static readonly Gen<string> Counts = Gen.Elements("10", "250", string.Empty, "ten", "2.5");
    private static readonly Gen<string> Flags = Gen.Elements("TRUE", "false", "1", string.Empty, "maybe");
    private static readonly Gen<string> Instants = Gen.Elements("2024-01-22T20:36:47.000+0000", "2024-02-29T00:00:00Z", "1/2/2024 3:04 PM", string.Empty, "yesterday", "2024-02-30T00:00:00Z");
    private static readonly Gen<string> Dates = Gen.Elements("2024-03-01", "3/1/2024", string.Empty, "not a date");
    private static readonly Gen<string> Regions = Gen.Elements("EMEA", "APAC", string.Empty);

    /// <summary>Gets a row of the <see cref="MixedCsv.Header"/> columns.</summary>
    public static Gen<string> Row { get; } =
        from id in Ids
        from name in Names
        from city in Cities
        from amount in Amounts
        from count in Counts
        from flag in Flags
        from instant in Instants
        from date in Dates
        from region in Regions
        select $"{id},{name},{city},{amount},{count},{flag},{instant},{date},{region}\n";

    /// <summary>Gets values as a column holds them: a few repeated picklist-like values, near misses of them (same
    /// length, same first and last characters), short and empty values, and arbitrary text.</summary>
    public static Gen<string> PoolValues { get; } = Gen.Frequency(
        (4, Gen.Elements("Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted", "CA", "NY", "US")),
        (2, Gen.Elements("Open - Not Contacted", "CA").SelectMany(v => Gen.Choose(1, Math.Max(1, v.Length - 2)).Select(i => v[..i] + (char)(v[i] + 1) + v[(i + 1)..]))),
        (1, Gen.Elements(string.Empty, "A", "ab", "abc", "abcd")),
        (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)));

    public static Arbitrary<MixedCsv> MixedFiles() => Gen.Sized(size => Row.ArrayOf(Math.Min(size, 30))).Select(rows => new MixedCsv(rows)).ToArbitrary();

    public static Arbitrary<string[]> PoolColumns() => PoolValues.ArrayOf().ToArbitrary();
}
