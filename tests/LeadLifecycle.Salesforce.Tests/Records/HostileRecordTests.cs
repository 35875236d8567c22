using System.Globalization;
using System.Text;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Regression tests for the hostile record inputs of issue 10: each ended or corrupted an import before.</summary>
public class HostileRecordTests
{
    private static readonly RecordImportOptions MinusFive = new() { UnzonedOffset = TimeSpan.FromHours(-5) };

    [Fact]
    public void ReadCsv_WithTheCrmSentinelDateAtANegativeOffset_KeepsTheRowWithAWarningAndReadsOn()
    {
        using var text = new StringReader("LastName,CreatedDate\nSentinel,9999-12-31T23:59:59\nNext,2024-01-02T03:04:05\n");

        var result = new LeadRecordReader(MinusFive).ReadCsv(text, "leads.csv");

        Assert.Equal(["Sentinel", "Next"], result.Imported.Select(l => l.LastName));
        Assert.Null(result.Imported[0].CreatedAt);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), result.Imported[1].CreatedAt);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((1, 2, "CreatedDate", "9999-12-31T23:59:59"), (warning.Row, warning.Line, warning.Column, warning.Value));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void ReadDataTree_WithTheCrmSentinelDateAtANegativeOffset_KeepsTheRecordWithAWarning()
    {
        var json = """{"records": [{"attributes": {"type": "Lead"}, "LastName": "Sentinel", "CreatedDate": "9999-12-31T23:59:59"}, {"LastName": "Next"}]}""";

        var result = new LeadRecordReader(MinusFive).ReadDataTree(Fixture.Utf8(json), "Lead.json");

        Assert.Equal(["Sentinel", "Next"], result.Imported.Select(l => l.LastName));
        Assert.Equal("CreatedDate", Assert.Single(result.Warnings).Column);
    }

    [Fact]
    public void ReadCsv_WithTheCrmSentinelDateInStrictMode_RejectsOnlyThatRow()
    {
        using var text = new StringReader("LastName,CreatedDate\nSentinel,9999-12-31T23:59:59\nNext,\n");

        var result = new LeadRecordReader(MinusFive with { Strict = true }).ReadCsv(text, "leads.csv");

        Assert.Equal(["Next"], result.Imported.Select(l => l.LastName));
        Assert.Equal(1, Assert.IsType<RecordFieldError>(Assert.Single(result.Errors)).Row);
    }

    [Fact]
    public void ReadCsv_WithA17MiBFieldInRow500Of1000_ReportsThatRowAndKeepsEveryOther()
    {
        var csv = new StringBuilder("LastName,Description\n");
        for (var row = 1; row <= 1000; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Lead {row},");
            if (row == 500)
            {
                csv.Append('"').Append('x', 17 * 1024 * 1024).Append("\nmore\"\n");
            }
            else
            {
                csv.Append("short\n");
            }
        }

        using var text = new StringReader(csv.ToString());
        var result = new LeadRecordReader().ReadCsv(text, "big.csv");

        Assert.Equal(1000, result.Records.Count);
        Assert.Equal(999, result.Imported.Count);
        var error = Assert.IsType<MalformedRecordError>(Assert.Single(result.Errors));
        Assert.Equal((500, 501), (error.Row, error.Line));
        Assert.Contains("MaxRowLength", error.Message, StringComparison.Ordinal);
        Assert.Equal("Lead 1000", result.Records[999].Value.LastName);
        Assert.Equal(503, result.Lines[500]);
    }

    [Fact]
    public void ReadCsv_WithALineHoldingOnlyTwoQuotes_ReportsItAsARowInsteadOfDroppingIt()
    {
        using var text = new StringReader("LastName,Company\nDoe,Acme\n\"\"\nRoe,Acme\n\nPoe,Acme\n");

        var result = new LeadRecordReader().ReadCsv(text, "leads.csv");

        Assert.Equal(4, result.Records.Count);
        Assert.Equal(["Doe", "Roe", "Poe"], result.Imported.Select(l => l.LastName));
        var error = Assert.IsType<MalformedRecordError>(Assert.Single(result.Errors));
        Assert.Equal((2, 3), (error.Row, error.Line));
    }

    [Fact]
    public void ReadCsv_WithOneColumnAndALineOfTwoQuotes_ReadsAnEmptyRecord()
    {
        using var text = new StringReader("Region__c\n\"\"\nEMEA\n");

        var result = new LeadRecordReader().ReadCsv(text, "leads.csv");

        Assert.Equal(2, result.Records.Count);
        Assert.Null(result.Imported[0].CustomFields.Get("Region__c"));
        Assert.Equal("EMEA", result.Imported[1].CustomFields.Get("Region__c"));
    }

    [Fact]
    public void ReadCsv_LeavesTheCallersTextReaderOpen()
    {
        using var text = new StringReader("LastName\nDoe\n");

        new LeadRecordReader().ReadCsv(text, "leads.csv");
        _ = new LeadRecordReader().ReadCsvRecords(text, "leads.csv").ToList();

        Assert.Equal(-1, text.Peek());
    }

    [Fact]
    public void ReadCsv_LeavesTheCallersStreamOpen()
    {
        using var bytes = Fixture.Utf8("LastName\nDoe\n");

        new LeadRecordReader().ReadCsv(bytes, "leads.csv");

        Assert.True(bytes.CanRead);
        _ = bytes.Position;
    }

    [Fact]
    public void ToCsv_WithACustomFieldNamedLikeAStandardColumn_WritesItUnderADeterministicNameAndReadsBothBack()
    {
        var lead = new Lead
        {
            LastName = "Doe",
            Status = "Open",
            Email = "real@acme.test",
            CustomFields = CustomFields.From([new("Email", "custom@acme.test"), new("Email__c", "taken"), new("lead status", "x")]),
        };

        var csv = LeadRecordWriter.ToCsv([lead]);
        using var text = new StringReader(csv);
        var back = Assert.Single(new LeadRecordReader().ReadCsv(text, "leads.csv").Imported);

        Assert.Equal(("real@acme.test", "Open"), (back.Email, back.Status));
        Assert.Equal("custom@acme.test", back.CustomFields.Get("Email_2__c"));
        Assert.Equal("taken", back.CustomFields.Get("Email__c"));
        Assert.Equal("x", back.CustomFields.Get("lead status__c"));
        Assert.Equal(csv, LeadRecordWriter.ToCsv([lead]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1 555 0100")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void ToCsv_WithFormulaNeutralisation_PrefixesAnApostropheOnlyToTextThatStartsAFormula(string value)
    {
        var lead = new Lead { LastName = value, Status = "Open", AnnualRevenue = -5m, CustomFields = CustomFields.From([new("Note__c", value)]) };

        var neutral = LeadRecordWriter.ToCsv([lead], new CsvWriteOptions { NeutralizeFormulas = true });
        var verbatim = LeadRecordWriter.ToCsv([lead]);

        using var text = new StringReader(neutral);
        var back = Assert.Single(new LeadRecordReader().ReadCsv(text, "leads.csv").Imported);
        Assert.Equal(("'" + value, "'" + value, -5m), (back.LastName, back.CustomFields.Get("Note__c"), back.AnnualRevenue));
        using var plain = new StringReader(verbatim);
        Assert.Equal(value, Assert.Single(new LeadRecordReader().ReadCsv(plain, "leads.csv").Imported).LastName);
    }
}
