using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The conservation, date and encoding properties of the record readers (issues 10 and 13).</summary>
public class RecordImportProperties
{
    [Property(Arbitrary = new[] { typeof(RecordArbitraries) }, MaxTest = 300)]
    public void EveryInputRow_IsARecordOrAPerRowError_InOrder(HostileFile file)
    {
        var reader = new LeadRecordReader(new RecordImportOptions { MaxRowLength = HostileFile.MaxRowLength, UnzonedOffset = TimeSpan.FromHours(-5) });
        using var text = new StringReader(file.Csv);

        var result = reader.ReadCsv(text, "hostile.csv");

        Assert.Empty(result.FileErrors);
        Assert.Equal(file.Rows.Length, result.Records.Count);
        for (var i = 0; i < file.Rows.Length; i++)
        {
            var row = file.Rows[i];
            var record = result.Records[i];
            Assert.Equal(row.Outcome != RowOutcome.Error, record.IsSuccess);
            if (record.IsSuccess)
            {
                Assert.Equal(row.LastName, record.Value.LastName);
                Assert.Equal(row.Outcome == RowOutcome.LeadWithWarning ? 1 : 0, record.Successes.OfType<ImportWarning>().Count());
            }
            else
            {
                Assert.Equal(i + 1, Assert.IsType<MalformedRecordError>(Assert.Single(record.Errors)).Row);
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(RecordArbitraries) }, MaxTest = 300)]
    public void EdgeDateTime_AtEveryOffset_IsReadExactlyOrLeftEmptyWithAWarning_InCsvAndJson(EdgeDate date)
    {
        var reader = new LeadRecordReader(new RecordImportOptions { UnzonedOffset = date.Offset });
        var written = date.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var utcTicks = date.Local.Ticks - date.Offset.Ticks;
        DateTimeOffset? expected = utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks ? new DateTimeOffset(date.Local, date.Offset) : null;
        using var text = new StringReader($"LastName,CreatedDate,ConvertedDate\nDoe,{written},{written}\nNext,,\n");

        var csv = reader.ReadCsv(text, "dates.csv");
        var json = reader.ReadDataTree(Fixture.Utf8($$"""[{"LastName":"Doe","CreatedDate":"{{written}}"},{"LastName":"Next"}]"""), "dates.json");

        foreach (var result in new[] { csv, json })
        {
            Assert.Equal(["Doe", "Next"], result.Imported.Select(l => l.LastName));
            Assert.Equal(expected, result.Imported[0].CreatedAt);
            Assert.Equal(expected is null ? 1 : 0, result.Warnings.Count(w => w.Column == "CreatedDate"));
        }

        Assert.Equal(DateOnly.FromDateTime(date.Local), csv.Imported[0].ConvertedDate);
    }

    [Property(Arbitrary = new[] { typeof(RecordArbitraries) }, MaxTest = 300)]
    public void DateTime_WrittenInACulturesShortForms_ReadsBackEqual(CultureDate date)
    {
        var culture = CultureInfo.GetCultureInfo(date.Culture);
        var written = date.Local.ToString("g", culture);
        var writtenDate = date.Local.ToString("d", culture);
        var reader = new LeadRecordReader(new RecordImportOptions { Culture = culture, UnzonedOffset = date.Offset });
        using var text = new StringReader($"LastName,CreatedDate,ConvertedDate\nDoe,\"{written}\",\"{writtenDate}\"\n");

        var result = reader.ReadCsv(text, "dates.csv");

        var lead = Assert.Single(result.Imported);
        Assert.Empty(result.Warnings);
        Assert.Equal(new DateTimeOffset(date.Local, date.Offset), lead.CreatedAt);
        Assert.Equal(DateOnly.FromDateTime(date.Local), lead.ConvertedDate);
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 100)]
    public void Leads_WrittenInEverySupportedEncodingAndReadBackFromBytes_AreEqual(Lead[] leads)
    {
        var csv = LeadRecordWriter.ToCsv(leads);
        var cases = new List<(string Name, byte[] Bytes, RecordImportOptions Options)>
        {
            ("utf-8", Encoding.UTF8.GetBytes(csv), RecordImportOptions.Default),
            ("utf-8 bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], RecordImportOptions.Default),
            ("utf-16 bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(csv)], RecordImportOptions.Default),
            ("utf-16be bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(csv)], RecordImportOptions.Default),
            ("utf-32 bom", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(csv)], RecordImportOptions.Default),
        };
        if (csv.All(c => c < 0x80 || c is >= '\u00A0' and <= '\u00FF'))
        {
            cases.Add(("latin-1 given", Encoding.Latin1.GetBytes(csv), new RecordImportOptions { Encoding = Encoding.Latin1 }));
            cases.Add(("windows-1252 detected", Windows1252Encoding.Instance.GetBytes(csv), RecordImportOptions.Default));
        }

        foreach (var (name, bytes, options) in cases)
        {
            var result = new LeadRecordReader(options).ReadCsv(new MemoryStream(bytes), "leads.csv");

            Assert.True(result.IsComplete, name + ": " + string.Join("\n", result.Errors.Select(e => e.Message)));
            Assert.Equal(leads, result.Imported);
        }
    }
}
