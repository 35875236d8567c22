using System.Text;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Hostile metadata files (issue 10): each is a typed error with file and line, in time linear in its size.</summary>
public class HostileMetadataTests
{
    private const string File = "LeadStatus.standardValueSet-meta.xml";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string DeepFullName(int depth) =>
        Fixture.ValueSet($"<standardValue><fullName>{Repeat("<a>", depth)}x{Repeat("</a>", depth)}</fullName><default>true</default><converted>true</converted></standardValue>");

    [Fact]
    public async Task Read_WithAFullNameNested200000Deep_FailsWithTheDepthLimitOnAThreadPoolThread()
    {
        var xml = DeepFullName(200_000);
        Assert.True(Encoding.UTF8.GetByteCount(xml) > 1_400_000);

        var result = await Task.Run(() => new SalesforceMetadataReader().ReadMasterLeadProcess(Fixture.Utf8(xml), File));

        var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(result.Errors));
        Assert.Equal((File, 4, "MaxDepth", 32L), (error.File, error.Line, error.Limit, error.Maximum));
        Assert.Contains("33 elements deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WithAFullNameNested200000DeepAndNoDepthLimit_FailsAsNotTextWithoutRecursing()
    {
        var options = new SalesforceMetadataOptions { MaxDepth = int.MaxValue };

        var result = await Task.Run(() => new SalesforceMetadataReader(options).ReadMasterLeadProcess(Fixture.Utf8(DeepFullName(200_000)), File));

        Assert.All(result.Errors, e => Assert.Equal(4, Assert.IsType<MalformedFileError>(e).Line));
        Assert.Contains(result.Errors, e => ((MalformedFileError)e).Detail.Contains("<fullName> must hold text only, not <a>", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WithNesting80000DeepInAnIgnoredElement_ReadsTheFileVisitingAFewNodesPerByte()
    {
        var xml = Fixture.ValueSet($"""
            <standardValue><fullName>Open</fullName><default>true</default><color>{Repeat("<a>", 80_000)}{Repeat("</a>", 80_000)}</color></standardValue>
            <standardValue><fullName>Won</fullName><converted>true</converted></standardValue>
            """);
        var options = new SalesforceMetadataOptions { MaxDepth = 100_000 };
        MetadataXml.NodesVisited = 0;

        var result = new SalesforceMetadataReader(options).ReadMasterLeadProcess(Fixture.Utf8(xml), File);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.InRange(MetadataXml.NodesVisited, 80_000, Encoding.UTF8.GetByteCount(xml));
    }

    [Fact]
    public void Read_WithNesting80000DeepInAnIgnoredElement_FailsAtTheDefaultDepthLimit()
    {
        var xml = Fixture.ValueSet($"<standardValue>\n<fullName>Open</fullName>\n<color>{Repeat("<a>", 80_000)}{Repeat("</a>", 80_000)}</color></standardValue>");

        var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(new SalesforceMetadataReader().ReadMasterLeadProcess(Fixture.Utf8(xml), File).Errors));

        Assert.Equal(("MaxDepth", 6), (error.Limit, error.Line));
    }

    [Fact]
    public void ReadLeadSources_WithOneValueMoreThanTheLimit_FailsAtTheFirstValuePastIt()
    {
        var values = string.Concat(Enumerable.Range(1, 1001).Select(i => $"<standardValue><fullName>Source {i}</fullName></standardValue>\n"));

        var result = new SalesforceMetadataReader().ReadLeadSources(Fixture.Utf8(Fixture.ValueSet(values)), "LeadSource.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(result.Errors));
        Assert.Equal(("MaxValuesPerSet", 1000L, 4 + 1000), (error.Limit, error.Maximum, error.Line));
        Assert.Equal(SalesforceErrorCodes.MetadataLimitExceeded, error.Code);
    }

    [Fact]
    public void ReadLeadSources_WithExactlyTheLimit_ReadsEveryValue()
    {
        var values = string.Concat(Enumerable.Range(1, 1000).Select(i => $"<standardValue><fullName>Source {i}</fullName></standardValue>\n"));

        var result = new SalesforceMetadataReader().ReadLeadSources(Fixture.Utf8(Fixture.ValueSet(values)), "LeadSource.standardValueSet-meta.xml");

        Assert.Equal(1000, result.Value.Count);
    }

    [Fact]
    public void ReadSalesBusinessProcess_WithMoreValuesThanTheLimit_FailsWithTheLimit()
    {
        var values = string.Concat(Enumerable.Range(1, 6).Select(i => $"<values><fullName>S{i}</fullName><default>false</default></values>\n"));
        var process = $"<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n<fullName>P</fullName>\n{values}</BusinessProcess>";
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxValuesPerSet = 5 });

        var result = reader.ReadSalesBusinessProcess(Fixture.Utf8(process), "P.businessProcess-meta.xml", Fixture.Utf8(Fixture.ValueSet(string.Empty)), "OpportunityStage.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(result.Errors));
        Assert.Equal(("MaxValuesPerSet", 8), (error.Limit, error.Line));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_WithMultiByteCharacters_CountsBytesNotCharacters(bool seekable)
    {
        var xml = Fixture.ValueSet(Fixture.Status(Repeat("Ü", 300), isDefault: true) + Fixture.Status("Won", converted: true));
        var bytes = Encoding.UTF8.GetByteCount(xml);
        Assert.True(bytes > xml.Length + 500);

        var atBytes = Read(xml, bytes, seekable);
        var betweenCharsAndBytes = Read(xml, xml.Length + 300, seekable);

        Assert.True(atBytes.IsSuccess, string.Join("\n", atBytes.Errors));
        var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(betweenCharsAndBytes.Errors));
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Read_WithADoctypeOnTheSecondLine_ReportsThatLine()
    {
        var result = new SalesforceMetadataReader().ReadMasterLeadProcess(Fixture.Utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"v\">]>\n<StandardValueSet/>"), File);

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.Errors));
        Assert.Equal(2, error.Line);
        Assert.Contains("DTD", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">")]
    [InlineData("<!ENTITY % a \"aaaaaaaaaa\"><!ENTITY % b \"%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;\"><!ENTITY % c \"%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;\"><!ENTITY % d \"%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;\">%d;")]
    [InlineData("<!ENTITY e SYSTEM \"http://127.0.0.1:9/never\">")]
    public void Read_WithAnEntityExpansionOrExternalEntity_FailsAtTheDtdWithoutExpandingOrFetching(string declarations)
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE StandardValueSet [{declarations}]>\n<StandardValueSet><standardValue><fullName>&d;&e;</fullName></standardValue></StandardValueSet>";

        var error = Assert.IsType<MalformedFileError>(Assert.Single(new SalesforceMetadataReader().ReadMasterLeadProcess(Fixture.Utf8(xml), File).Errors));

        Assert.Equal(2, error.Line);
        Assert.DoesNotContain("aaaaaaaaaaaaaaaaaaaa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithAnElementInsideALabel_FailsNamingIt()
    {
        var xml = Fixture.ValueSet("<standardValue><fullName>A</fullName>\n<label>A<b>bold</b></label><default>true</default><converted>true</converted></standardValue>");

        var error = Assert.IsType<MalformedFileError>(Assert.Single(new SalesforceMetadataReader().ReadMasterLeadProcess(Fixture.Utf8(xml), File).Errors));

        Assert.Equal(5, error.Line);
        Assert.Contains("<label> must hold text only, not <b>", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_WithANonPositiveDepthOrValueLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxDepth = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxValuesPerSet = -1 }));
    }

    [Fact]
    public async Task LoadSourceFolder_WithAFifoNamedLikeMetadata_SkipsItWithAWarningInsteadOfBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), "fifo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            System.IO.File.Copy(Fixture.Path("github-octoforce-actions", File), Path.Combine(root, File));
            var fifo = Path.Combine(root, "Lead.Web.businessProcess-meta.xml");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            {
                await mkfifo.WaitForExitAsync();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            var load = Task.Run(() => new SalesforceMetadataReader().LoadSourceFolder(root));
            var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30)));

            Assert.Same(load, finished);
            var loaded = (await load).Value;
            Assert.NotNull(loaded.MasterLeadProcess);
            var warning = Assert.IsType<MalformedFileError>(Assert.Single(loaded.Warnings));
            Assert.Equal(fifo, warning.File);
            Assert.DoesNotContain(fifo, loaded.Files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static FluentResults.Result<LeadLifecycle.Leads.LeadProcess> Read(string xml, long limit, bool seekable)
    {
        Stream stream = seekable ? Fixture.Utf8(xml) : new NonSeekableStream(Encoding.UTF8.GetBytes(xml));
        return new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxFileSizeBytes = limit }).ReadMasterLeadProcess(stream, File);
    }

    /// <summary>A network-like stream: no length, no seeking.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
