using System.Text;
using FsCheck.Xunit;

namespace LeadLifecycle.Salesforce.Tests;

public class RobustnessProperties
{
    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 300)]
    public void EveryReader_OnRandomBytes_NeverThrows(byte[] bytes)
    {
        foreach (var kind in new[] { "statuses", "sources", "stages", "process", "settings", "csv", "json" })
        {
            Assert.Null(Record.Exception(() => ReadAll(kind, bytes)));
        }
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 300)]
    public void EveryReader_OnAMutatedRealFile_NeverThrows(MutatedFile file)
    {
        var errors = Record.Exception(() => ReadAll(file.Kind, file.Content));

        Assert.Null(errors);
    }

    /// <summary>Reads content as a kind of file; every problem must come back as an error with a message.</summary>
    private static void ReadAll(string kind, byte[] bytes)
    {
        var reader = new SalesforceMetadataReader();
        IEnumerable<FluentResults.IError> errors = kind switch
        {
            "statuses" => reader.ReadMasterLeadProcess(new MemoryStream(bytes), "f.xml").Errors,
            "sources" => reader.ReadLeadSources(new MemoryStream(bytes), "f.xml").Errors,
            "stages" => reader.ReadMasterSalesProcess(new MemoryStream(bytes), "f.xml").Errors.Concat(reader.ReadOpportunityStages(new MemoryStream(bytes), "f.xml").Errors),
            "process" => reader.ReadLeadBusinessProcess(new MemoryStream(bytes), "f.xml", Fixture.Utf8(Fixture.ClassicStatuses), "s.xml").Errors,
            "settings" => reader.ReadLeadConversionSettings(new MemoryStream(bytes), "f.xml").Errors,
            "csv" => new LeadRecordReader().ReadCsv(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, true), "f.csv").Errors,
            _ => new LeadRecordReader().ReadDataTree(new MemoryStream(bytes), "f.json").Errors,
        };
        foreach (var error in errors)
        {
            Assert.False(string.IsNullOrEmpty(error.Message));
        }
    }
}
