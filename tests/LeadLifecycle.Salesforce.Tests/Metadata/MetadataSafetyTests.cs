namespace LeadLifecycle.Salesforce.Tests;

public class MetadataSafetyTests
{
    private static MalformedFileError ReadError(string xml, SalesforceMetadataOptions? options = null)
    {
        var result = new SalesforceMetadataReader(options ?? SalesforceMetadataOptions.Default).ReadMasterLeadProcess(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml");
        Assert.True(result.IsFailed);
        var error = Assert.IsType<MalformedFileError>(result.Errors[0]);
        Assert.Equal(SalesforceErrorCodes.MalformedFile, error.Code);
        Assert.Equal("LeadStatus.standardValueSet-meta.xml", error.File);
        return error;
    }

    [Fact]
    public void Read_WithADoctype_FailsWithoutResolvingAnyEntity()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET");
        var xml = $"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]><StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata"><standardValue><fullName>&e;</fullName><default>true</default><converted>true</converted></standardValue></StandardValueSet>""";

        var error = ReadError(xml);

        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenNotWellFormed_FailsWithTheLine()
    {
        var error = ReadError("<?xml version=\"1.0\"?>\n<StandardValueSet>\n<standardValue>\n</StandardValueSet>");

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Read_WhenLargerThanTheLimit_FailsWithTheLimitAndTheLineWhereItWasReached()
    {
        var result = new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxFileSizeBytes = 100 })
            .ReadMasterLeadProcess(Fixture.Utf8(Fixture.ClassicStatuses), "LeadStatus.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(result.Errors));
        Assert.Equal((SalesforceErrorCodes.MetadataLimitExceeded, "MaxFileSizeBytes", 100L), (error.Code, error.Limit, error.Maximum));
        Assert.Equal(2, error.Line); // the 100th byte is on the second line
        Assert.Equal("MaxFileSizeBytes", error.Metadata["Limit"]);
    }

    [Fact]
    public void Read_WithAnotherRootElement_FailsNamingIt()
    {
        var error = ReadError("<?xml version=\"1.0\"?>\n<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"/>");

        Assert.Contains("<BusinessProcess>", error.Detail, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_WithAFlagThatIsNotABoolean_FailsWithItsLine()
    {
        var error = ReadError(Fixture.ValueSet("<standardValue>\n<fullName>A</fullName>\n<default>yes</default></standardValue>"));

        Assert.Equal(6, error.Line);
        Assert.Contains("'yes'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithCommentsEntitiesAndAnyElementOrder_ReadsTheSameStatuses()
    {
        var xml = Fixture.ValueSet("""
            <!-- a comment -->
            <standardValue><converted>false</converted><label>Open &amp; new</label><default>true</default><fullName>Open &amp; New</fullName></standardValue>
            <standardValue>
                <!-- converted -->
                <label>Closed
                    Converted</label>
                <converted>true</converted>
                <fullName>Closed</fullName>
            </standardValue>
            """);

        var process = new SalesforceMetadataReader().ReadMasterLeadProcess(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml").Value;

        Assert.Equal(["Open & New", "Closed"], process.Statuses.Select(s => s.Name));
        Assert.Equal("Open & new", process.DefaultStatus.Label);
        Assert.StartsWith("Closed\n", process.FindStatus("Closed")!.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_WithANonPositiveSizeLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxFileSizeBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeadRecordReader(new RecordImportOptions { MaxJsonFileSizeBytes = -1 }));
    }
}
