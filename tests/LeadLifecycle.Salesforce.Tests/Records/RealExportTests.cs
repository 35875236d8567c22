using System.Globalization;
using System.Text;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The record-export patterns of issue 13: sentinel ids, encodings and locale dates.</summary>
public class RealExportTests
{
    private static readonly Encoding Windows1252 = Windows1252Encoding.Instance;

    [Theory]
    [InlineData("000000000000000AAA")]
    [InlineData("000000000000000")]
    public void ReadCsv_WithTheEmptyLookupSentinel_ReadsNoConvertedIds(string sentinel)
    {
        using var text = new StringReader($"LastName,IsConverted,ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,OwnerId\nDoe,false,{sentinel},{sentinel},{sentinel},{sentinel}\n");

        var lead = Assert.Single(new LeadRecordReader().ReadCsv(text, "Lead.csv").Imported);

        Assert.Equal((null, null, null, null), (lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId, lead.OwnerId));
    }

    [Fact]
    public void ReadCsv_FromAPathInWindows1252WithoutAnEncoding_KeepsTheUmlautAndWarns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leads-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, Windows1252.GetBytes("LastName,Company\nMüller,Straße & Söhne – €\n"));
        try
        {
            var result = new LeadRecordReader().ReadCsv(path);

            var lead = Assert.Single(result.Imported);
            Assert.Equal(("Müller", "Straße & Söhne – €"), (lead.LastName, lead.Company));
            var warning = Assert.Single(result.Warnings);
            Assert.Equal((SalesforceErrorCodes.EncodingFallback, 0), (warning.Code, warning.Row));
            Assert.True(result.IsComplete);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadCsv_FromAStreamThatCannotSeekInWindows1252_StopsWithAnErrorNamingTheEncodingOption()
    {
        using var stream = new ForwardOnlyStream(Windows1252.GetBytes("LastName\nDoe\nMüller\n"));

        var result = new LeadRecordReader().ReadCsv(stream, "Lead.csv");

        Assert.DoesNotContain(result.Imported, l => l.LastName.Contains('\uFFFD', StringComparison.Ordinal));
        Assert.Contains("RecordImportOptions.Encoding", Assert.IsType<MalformedFileError>(Assert.Single(result.FileErrors)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_WithAnExplicitEncoding_ReadsTheBytesInIt()
    {
        using var stream = new ForwardOnlyStream(Encoding.Latin1.GetBytes("LastName\nMüller\n"));

        var result = new LeadRecordReader(new RecordImportOptions { Encoding = Encoding.Latin1 }).ReadCsv(stream, "Lead.csv");

        Assert.Equal("Müller", Assert.Single(result.Imported).LastName);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-8")]
    public void ReadCsv_WithAByteOrderMark_ReadsInItsEncodingWhateverTheOption(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("LastName,Company\nMüller,日本\n")).ToArray();

        var result = new LeadRecordReader(new RecordImportOptions { Encoding = Encoding.Latin1 }).ReadCsv(new MemoryStream(bytes), "Lead.csv");

        Assert.Equal(("Müller", "日本"), (Assert.Single(result.Imported).LastName, result.Imported[0].Company));
    }

    [Theory]
    [InlineData("de-DE", "08.06.2020 15:38")]
    [InlineData("nl-NL", "8-6-2020 15:38")]
    [InlineData("en-GB", "08/06/2020 15:38")]
    [InlineData("fr-FR", "08/06/2020 15:38")]
    public void ReadCsv_WithTheExportingUsersCulture_ReadsLocaleDates(string culture, string written)
    {
        var options = new RecordImportOptions { Culture = CultureInfo.GetCultureInfo(culture), UnzonedOffset = TimeSpan.FromHours(2) };
        using var text = new StringReader($"LastName,CreatedDate,ConvertedDate\nDoe,{written},{written[..written.IndexOf(' ', StringComparison.Ordinal)]}\n");

        var lead = Assert.Single(new LeadRecordReader(options).ReadCsv(text, "Lead.csv").Imported);

        Assert.Equal(new DateTimeOffset(2020, 6, 8, 15, 38, 0, TimeSpan.FromHours(2)), lead.CreatedAt);
        Assert.Equal(new DateOnly(2020, 6, 8), lead.ConvertedDate);
    }

    [Fact]
    public void ReadCsv_WithTheUsDefault_ReadsUsLocaleDates()
    {
        using var text = new StringReader("LastName,CreatedDate\nDoe,6/8/2020 3:38 PM\n");

        var lead = Assert.Single(new LeadRecordReader().ReadCsv(text, "Lead.csv").Imported);

        Assert.Equal(new DateTimeOffset(2020, 6, 8, 15, 38, 0, TimeSpan.Zero), lead.CreatedAt);
    }

    [Fact]
    public void ReadCsv_WithAnExtraDateFormat_ReadsIt()
    {
        var options = new RecordImportOptions { DateFormats = ["dd-MM-yyyy HH:mm", "dd-MM-yyyy"] };
        using var text = new StringReader("LastName,CreatedDate,ConvertedDate\nDoe,08-06-2020 15:38,08-06-2020\n");

        var lead = Assert.Single(new LeadRecordReader(options).ReadCsv(text, "Lead.csv").Imported);

        Assert.Equal((new DateTimeOffset(2020, 6, 8, 15, 38, 0, TimeSpan.Zero), new DateOnly(2020, 6, 8)), (lead.CreatedAt, lead.ConvertedDate));
    }

    [Fact]
    public void ReadCsv_WithALocaleDateAndNoCulture_KeepsTheLeadWithAWarningHoldingRowColumnAndValue()
    {
        using var text = new StringReader("LastName,CreatedDate\nOk,2020-06-08T15:38:00Z\nDoe,08.06.2020 15:38\n");

        var result = new LeadRecordReader().ReadCsv(text, "Lead.csv");

        Assert.Equal(2, result.Imported.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((2, 3, "CreatedDate", "08.06.2020 15:38"), (warning.Row, warning.Line, warning.Column, warning.Value));
        Assert.Equal((2, "CreatedDate", "08.06.2020 15:38"), (warning.Metadata["Row"], warning.Metadata["Column"], warning.Metadata["Value"]));
        Assert.Same(warning, result.Records[1].Successes.OfType<ImportWarning>().Single());
    }

    [Fact]
    public void Options_WithAnOffsetPastFourteenHours_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeadRecordReader(new RecordImportOptions { UnzonedOffset = TimeSpan.FromHours(15) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeadRecordReader(new RecordImportOptions { MaxRowLength = 0 }));
    }

    /// <summary>A stream that cannot seek, as a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
