using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LeadLifecycle.Salesforce;
using nietras.SeparatedValues;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// CSV import of generated lead rows (a Data Loader export shape) against Sep's raw parsing of the same file.
/// </summary>
/// <remarks>
/// The file is generated once per row count into the temp folder and reused. Rows: 1,000,000, or 10,000 when
/// <c>CI=true</c> (the dry smoke run), or <c>LEADLIFECYCLE_SALESFORCE_ROWS</c> when set. Rows per second and bytes per
/// row are Mean and Allocated divided by <see cref="Rows"/>.
/// </remarks>
[MemoryDiagnoser]
public class SalesforceCsvBenchmarks
{
    private static readonly string[] Statuses = ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"];
    private static readonly string[] Sources = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"];
    private static readonly string[] States = ["CA", "NY", "TX", "WA", "IL", "MA"];
    private static readonly string[] Cities = ["San Francisco", "New York", "Austin", "Seattle", "Chicago", "Boston"];

    private readonly LeadRecordReader _reader = new();
    private string _path = null!;

    /// <summary>Gets the row counts to run.</summary>
    public static IEnumerable<int> RowCounts =>
        [int.TryParse(Environment.GetEnvironmentVariable("LEADLIFECYCLE_SALESFORCE_ROWS"), CultureInfo.InvariantCulture, out var rows) && rows > 0
            ? rows
            : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 10_000 : 1_000_000];

    /// <summary>Gets or sets the number of lead rows in the file.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>Generates the file once per row count.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "leadlifecycle-benchmarks");
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, $"leads-{Rows}.csv");
        if (!File.Exists(_path))
        {
            var temporary = _path + "." + Environment.ProcessId + ".tmp";
            Generate(temporary, Rows);
            File.Move(temporary, _path, overwrite: true);
        }
    }

    /// <summary>Sep's raw parse: every field of every row visited as a span, nothing materialized.</summary>
    /// <returns>The total field length, so nothing is optimized away.</returns>
    [Benchmark(Baseline = true, Description = "Sep raw parse (fields as spans)")]
    public long SepRawParse()
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(_path);
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }

        return length;
    }

    /// <summary>Sep parse with every field turned into a string: the least any reader producing objects does.</summary>
    /// <returns>The number of strings made.</returns>
    [Benchmark(Description = "Sep parse, every field to string")]
    public long SepParseToStrings()
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(_path);
        long count = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                count += row[i].ToString().Length > 0 ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>The library's import: every row to a <c>Lead</c> (typed fields, address, custom fields) or its errors.</summary>
    /// <returns>The number of leads read.</returns>
    [Benchmark(Description = "LeadRecordReader.ReadCsvRecords (streamed)")]
    public long ImportLeads()
    {
        using var text = new StreamReader(_path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        long leads = 0;
        foreach (var record in _reader.ReadCsvRecords(text, _path))
        {
            leads += record.IsSuccess ? 1 : 0;
        }

        return leads == Rows ? leads : throw new InvalidOperationException($"Imported {leads} of {Rows} rows.");
    }

    private static void Generate(string path, int rows)
    {
        var random = new Random(42);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.Write("Id,FirstName,LastName,Company,Title,Email,Phone,Street,City,State,PostalCode,Country,LeadSource,Status,");
        writer.WriteLine("AnnualRevenue,NumberOfEmployees,DoNotCall,IsConverted,CreatedDate,Description,Region__c");
        for (var i = 0; i < rows; i++)
        {
            var city = random.Next(Cities.Length);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"00Q{i:D15},First{i % 997},Last{i},Company {i % 5003},\"VP, Sales\",lead{i}@example.com,(555) {random.Next(100, 999)}-{random.Next(1000, 9999)},"));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(1, 9999)} Main St,{Cities[city]},{States[city]},{random.Next(10000, 99999)},US,{Sources[random.Next(Sources.Length)]},{Statuses[random.Next(Statuses.Length)]},"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(1, 500) * 10000},{random.Next(1, 5000)},{(random.Next(2) == 0 ? "FALSE" : "TRUE")},false,2024-{1 + (i % 12):D2}-{1 + (i % 28):D2}T10:{i % 60:D2}:00.000+0000,\"Met at expo, wants a demo\",EMEA"));
        }
    }
}
