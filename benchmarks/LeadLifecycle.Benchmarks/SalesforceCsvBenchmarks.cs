using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LeadLifecycle.Salesforce;
using CsvHelper;
using nietras.SeparatedValues;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// CSV import of generated lead, account and opportunity rows (Data Loader export shapes) against Sep's raw parsing, Sep
/// turning every field into a string, and CsvHelper 34's source-generated typed read of the same lead file.
/// </summary>
/// <remarks>
/// The files are generated once per row count into the temp folder and reused. Rows: 1,000,000, or 10,000 when
/// <c>CI=true</c> (the dry smoke run), or <c>LEADLIFECYCLE_SALESFORCE_ROWS</c> when set. Rows per second and bytes per
/// row are Mean and Allocated divided by <see cref="Rows"/>. Every import reads by path, so the encoding check (a UTF-8
/// validation pass over the bytes) is included.
/// </remarks>
[MemoryDiagnoser]
public class SalesforceCsvBenchmarks
{
    private static readonly string[] Statuses = ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"];
    private static readonly string[] Sources = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"];
    private static readonly string[] States = ["CA", "NY", "TX", "WA", "IL", "MA"];
    private static readonly string[] Cities = ["San Francisco", "New York", "Austin", "Seattle", "Chicago", "Boston"];

    private readonly LeadRecordReader _reader = new();
    private readonly AccountRecordReader _accounts = new();
    private readonly OpportunityRecordReader _opportunities = new(LeadLifecycle.Opportunities.SalesProcess.SalesforceDefault);
    private string _path = null!;
    private string _accountPath = null!;
    private string _opportunityPath = null!;

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
        _path = Make(folder, $"leads-{Rows}.csv", Generate);
        _accountPath = Make(folder, $"accounts-{Rows}.csv", GenerateAccounts);
        _opportunityPath = Make(folder, $"opportunities-{Rows}.csv", GenerateOpportunities);
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

    /// <summary>CsvHelper 34's typed read: every row into a source-generated record of the file's 21 typed columns.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark(Description = "CsvHelper 34 GetRecords<LeadCsvRow> (typed)")]
    public long CsvHelperTyped()
    {
        using var reader = CsvHelper.CsvReader.FromFile(_path, new CsvHelper.CsvReaderOptions());
        long count = 0;
        foreach (var row in reader.GetRecords<LeadCsvRow>())
        {
            count += row.DoNotCall ? 1 : 1;
        }

        return count == Rows ? count : throw new InvalidOperationException($"CsvHelper read {count} of {Rows} rows.");
    }

    /// <summary>The library's import: every row to a <c>Lead</c> (typed fields, address, custom fields) or its errors.</summary>
    /// <returns>The number of leads read.</returns>
    [Benchmark(Description = "LeadRecordReader.ReadCsvRecords (streamed, by path)")]
    public long ImportLeads()
    {
        using var file = File.OpenRead(_path);
        return Count(_reader.ReadCsvRecords(file, _path));
    }

    /// <summary>The same machinery for accounts (17 columns).</summary>
    /// <returns>The number of accounts read.</returns>
    [Benchmark(Description = "AccountRecordReader.ReadCsvRecords (streamed, by path)")]
    public long ImportAccounts()
    {
        using var file = File.OpenRead(_accountPath);
        return Count(_accounts.ReadCsvRecords(file, _accountPath));
    }

    /// <summary>The same machinery for opportunities (15 columns), each checked against the Salesforce default process.</summary>
    /// <returns>The number of opportunities read.</returns>
    [Benchmark(Description = "OpportunityRecordReader.ReadCsvRecords (streamed, by path)")]
    public long ImportOpportunities()
    {
        using var file = File.OpenRead(_opportunityPath);
        return Count(_opportunities.ReadCsvRecords(file, _opportunityPath));
    }

    private long Count<T>(IEnumerable<FluentResults.Result<T>> records)
    {
        long read = 0;
        foreach (var record in records)
        {
            read += record.IsSuccess ? 1 : 0;
        }

        return read == Rows ? read : throw new InvalidOperationException($"Imported {read} of {Rows} rows.");
    }

    private string Make(string folder, string name, Action<string, int> generate)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            generate(temporary, Rows);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    private static void GenerateAccounts(string path, int rows)
    {
        var random = new Random(7);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.WriteLine("Id,Name,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,Phone,Website,Industry,AnnualRevenue,NumberOfEmployees,Rating,AccountSource,OwnerId,Description,Region__c");
        for (var i = 0; i < rows; i++)
        {
            var city = random.Next(Cities.Length);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"001{i:D15},\"Company {i}, Inc.\",{random.Next(1, 9999)} Main St,{Cities[city]},{States[city]},{random.Next(10000, 99999)},US,(555) {random.Next(100, 999)}-{random.Next(1000, 9999)},www.company{i}.example,Technology,{random.Next(1, 500) * 10000},{random.Next(1, 5000)},Warm,{Sources[random.Next(Sources.Length)]},005000000000000AAA,\"Key account, renewing\",EMEA"));
        }
    }

    private static void GenerateOpportunities(string path, int rows)
    {
        string[] stages = ["Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Negotiation/Review", "Closed Won", "Closed Lost"];
        var random = new Random(11);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.WriteLine("Id,AccountId,Name,StageName,Amount,CloseDate,IsClosed,IsWon,LeadSource,OwnerId,Description,Type__c,NextStep__c,Region__c,Competitor__c");
        for (var i = 0; i < rows; i++)
        {
            var stage = stages[random.Next(stages.Length)];
            var closed = stage.StartsWith("Closed", StringComparison.Ordinal);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"006{i:D15},001{i % 50_000:D15},\"Deal {i}, phase {i % 3}\",{stage},{random.Next(1, 500) * 1000},2025-{1 + (i % 12):D2}-{1 + (i % 28):D2},{(closed ? "true" : "false")},{(stage == "Closed Won" ? "true" : "false")},{Sources[random.Next(Sources.Length)]},005000000000000AAA,\"Met at expo, wants a demo\",New Business,Send proposal,EMEA,Globex"));
        }
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
