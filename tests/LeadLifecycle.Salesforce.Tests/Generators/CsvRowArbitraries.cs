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

/// <summary>An ISO 8601 date-time as written, and the offset a value without one is read at.</summary>
public sealed record IsoText(string Text, TimeSpan UnzonedOffset);

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

    /// <summary>Gets date-times in the exact ISO shapes the import reads on its fast path: every calendar day (and days
    /// past a month's end), with and without milliseconds, with <c>Z</c>, offsets with and without a colon (some past
    /// the 14-hour limit) or none.</summary>
    public static Gen<IsoText> IsoTexts { get; } =
        from year in Gen.Frequency((1, Gen.Elements(1, 2, 9998, 9999)), (6, Gen.Choose(1, 9999)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from second in Gen.Choose(0, 59)
        from milliseconds in Gen.Frequency((1, Gen.Constant(-1)), (2, Gen.Choose(0, 999)))
        from zone in Gen.Elements(string.Empty, "Z", "+0000", "-0500", "+05:30", "-09:30", "+1400", "-14:00", "+14:30", "+0060")
        from unzoned in RecordArbitraries.Offsets
        select new IsoText(
            $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}{(milliseconds < 0 ? string.Empty : $".{milliseconds:D3}")}{zone}",
            unzoned);

    /// <summary>Gets boolean-like text: every accepted word in mixed case, near misses, and surrounding spaces.</summary>
    public static Gen<string> BooleanTexts { get; } =
        from word in Gen.Elements("1", "0", "true", "false", "yes", "no", string.Empty, "2", "t", "f", "y", "n", "on", "off", "truee", "nope", "yess", "-1")
        from upper in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), word.Length)
        from padding in Gen.Elements(string.Empty, " ", "\t")
        select padding + string.Concat(word.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c)) + padding;

    /// <summary>Gets dates written <c>yyyy-MM-dd</c> and near misses: days past a month's end, year 0000, signs, spaces
    /// and other separators, too few or too many digits.</summary>
    public static Gen<string> IsoDateTexts { get; } = Gen.Frequency(
        (6, from year in Gen.Choose(0, 9999) from month in Gen.Choose(0, 13) from day in Gen.Choose(0, 32)
            select $"{year:D4}-{month:D2}-{day:D2}"),
        (1, Gen.Elements("2024-1-05", "2024-01-5 ", " 2024-01-05", "2024/01/05", "+024-01-05", "2024-01-0a", "20240-01-05", "2024-02-29", "2023-02-29", "9999-12-31", "0001-01-01")));

    public static Arbitrary<IsoText> IsoDateTimes() => IsoTexts.ToArbitrary();

    public static Arbitrary<string> Booleans() => BooleanTexts.ToArbitrary();

    public static Arbitrary<MixedCsv> MixedFiles() => Gen.Sized(size => Row.ArrayOf(Math.Min(size, 30))).Select(rows => new MixedCsv(rows)).ToArbitrary();

    public static Arbitrary<string[]> PoolColumns() => PoolValues.ArrayOf().ToArbitrary();
}
