using System.Text;
using BenchmarkDotNet.Attributes;
using LeadLifecycle.Salesforce;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Metadata loading is linear: time per byte for 1 MiB and 8 MiB value sets of nested content, and time per value for
/// OpportunityStage value sets of 100 and 1,000 values read as stages. For comparison, the same sets built into the
/// core's definitions: a sales process ("sales process") and a lead process with standard transitions ("lead process").
/// </summary>
/// <remarks>
/// Inputs are built in memory once per case. The nested documents are LeadSource value sets of 100 values, each holding
/// an element the reader ignores filled with chains nested 20 deep (within the default depth limit of 32), padded to
/// exactly 1 MiB or 8 MiB; they are read with <see cref="SalesforceMetadataReader.ReadLeadSources(Stream, string)"/>.
/// Per-byte and per-value figures are Mean divided by the case's bytes or values (see benchmarks/README.md).
/// </remarks>
[MemoryDiagnoser]
public class MetadataLoadingBenchmarks
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StandardValueSet xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n<sorted>false</sorted>\n";
    private const string Footer = "</StandardValueSet>\n";

    private readonly SalesforceMetadataReader _reader = new(new SalesforceMetadataOptions { MaxFileSizeBytes = 16 * 1024 * 1024 });
    private byte[] _content = [];

    /// <summary>Gets or sets the input: nested content of a size, or a value set of a number of values.</summary>
    [Params("nested 1 MiB", "nested 8 MiB", "stages 100", "stages 1000", "sales-process 100", "sales-process 1000", "lead-process 100", "lead-process 1000")]
    public string Input { get; set; } = "nested 1 MiB";

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (kind, size) = (Input.Split(' ')[0], int.Parse(Input.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
        _content = Encoding.UTF8.GetBytes(kind switch
        {
            "nested" => Nested(size * 1024 * 1024),
            "stages" or "sales-process" => ValueSet(size, i => $"<standardValue><fullName>Stage {i}</fullName><default>{(i == 1 ? "true" : "false")}</default><label>Stage {i}</label>"
                + $"<closed>{(i > size - 2 ? "true" : "false")}</closed><forecastCategory>{(i == size - 1 ? "Closed" : i == size ? "Omitted" : "Pipeline")}</forecastCategory>"
                + $"<probability>{(i == size ? 0 : Math.Min(100, i * 100 / size))}</probability><won>{(i == size - 1 ? "true" : "false")}</won></standardValue>\n"),
            _ => ValueSet(size, i => $"<standardValue><fullName>Status {i}</fullName><default>{(i == 1 ? "true" : "false")}</default><label>Status {i}</label>"
                + $"<converted>{(i == size ? "true" : "false")}</converted></standardValue>\n"),
        });
    }

    /// <summary>Loads the input the way a user would.</summary>
    /// <returns>The number of values loaded, so nothing is optimized away.</returns>
    [Benchmark]
    public int Load()
    {
        using var stream = new MemoryStream(_content, writable: false);
        return Input.Split(' ')[0] switch
        {
            "nested" => _reader.ReadLeadSources(stream, "LeadSource.standardValueSet-meta.xml").Value.Count,
            "stages" => _reader.ReadOpportunityStages(stream, "OpportunityStage.standardValueSet-meta.xml").Value.Count,
            "sales-process" => _reader.ReadMasterSalesProcess(stream, "OpportunityStage.standardValueSet-meta.xml").Value.Stages.Count,
            _ => _reader.ReadMasterLeadProcess(stream, "LeadStatus.standardValueSet-meta.xml").Value.Statuses.Count,
        };
    }

    private static string ValueSet(int count, Func<int, string> value)
    {
        var text = new StringBuilder(Header);
        for (var i = 1; i <= count; i++)
        {
            text.Append(value(i));
        }

        return text.Append(Footer).ToString();
    }

    private static string Nested(int bytes)
    {
        var chain = new StringBuilder().Insert(0, "<a>", 20).Append('x').Append(new StringBuilder().Insert(0, "</a>", 20)).Append('\n').ToString();
        const int Values = 100;
        var perValue = (bytes - Header.Length - Footer.Length) / Values;
        var text = new StringBuilder(bytes).Append(Header);
        for (var i = 1; i <= Values; i++)
        {
            var start = text.Length;
            text.Append("<standardValue><fullName>Source ").Append(i).Append("</fullName><label>Source ").Append(i).Append("</label><color>\n");
            while (text.Length - start + chain.Length + 32 < perValue)
            {
                text.Append(chain);
            }

            text.Append("</color></standardValue>\n");
        }

        return text.Append(' ', bytes - text.Length - Footer.Length).Append(Footer).ToString();
    }
}
