using System.Text;
using FsCheck.Xunit;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

public class RoundTripProperties
{
    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 200)]
    public void LeadStatusValueSet_WrittenAsMetadataAndReadBack_GivesTheSameStatuses(GeneratedStatuses generated)
    {
        var xml = MetadataWriter.LeadStatuses(generated.Statuses);
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { ClosedLeadStatuses = generated.ClosedNames });

        var result = reader.ReadMasterLeadProcess(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml");

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(generated.Statuses, result.Value.Statuses);
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 200)]
    public void LeadBusinessProcess_WrittenAsMetadataAndReadBack_GivesTheSameProcess(GeneratedBusinessProcess generated)
    {
        var statusesXml = MetadataWriter.LeadStatuses(generated.ValueSet.Statuses);
        var processXml = MetadataWriter.BusinessProcess(generated.Name, "Generated\nprocess & more", generated.IsActive,
            generated.Selected.Select(n => (n, n == generated.Default)));
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { ClosedLeadStatuses = generated.ValueSet.ClosedNames });

        var result = reader.ReadLeadBusinessProcess(
            Fixture.Utf8(processXml), "Lead.Generated.businessProcess-meta.xml", Fixture.Utf8(statusesXml), "LeadStatus.standardValueSet-meta.xml");

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        var expected = generated.ValueSet.Statuses.Where(s => generated.Selected.Contains(s.Name))
            .Select((s, i) => s with { SortOrder = i + 1, IsDefault = s.Name == generated.Default });
        Assert.Equal(expected, result.Value.Definition.Statuses);
        Assert.Equal(generated.Name, result.Value.Definition.Name);
        Assert.Equal(generated.IsActive, result.Value.IsActive);
        Assert.Equal("Generated\nprocess & more", result.Value.Description);
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 200)]
    public void OpportunityStageValueSet_WrittenAsMetadataAndReadBack_GivesTheSameStages(LeadLifecycle.Opportunities.OpportunityStage[] stages)
    {
        var xml = MetadataWriter.OpportunityStages(stages);

        var result = new SalesforceMetadataReader().ReadOpportunityStages(Fixture.Utf8(xml), "OpportunityStage.standardValueSet-meta.xml");

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(stages, result.Value);
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 200)]
    public void SalesBusinessProcess_WrittenAsMetadataAndReadBack_GivesTheSameSalesProcess(GeneratedSalesProcess generated)
    {
        var stagesXml = MetadataWriter.OpportunityStages(generated.Stages);
        var processXml = MetadataWriter.BusinessProcess(generated.Name, null, generated.IsActive, generated.Selected.Select(n => (n, n == generated.Default)));

        var result = new SalesforceMetadataReader().ReadSalesBusinessProcess(
            Fixture.Utf8(processXml), "Opportunity.Generated.businessProcess-meta.xml", Fixture.Utf8(stagesXml), "OpportunityStage.standardValueSet-meta.xml");

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        var selected = generated.Stages.Where(s => generated.Selected.Contains(s.Name)).ToArray();
        var expected = selected.Select((s, i) => s with { SortOrder = i + 1 });
        Assert.Equal(expected, result.Value.Definition.Stages);
        Assert.Equal(generated.Default, result.Value.Definition.DefaultStage.Name);
        Assert.Equal((generated.Name, generated.IsActive), (result.Value.Definition.Name, result.Value.IsActive));
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 200)]
    public void Lead_WrittenAsCsvAndReadBack_IsEqual(Lead[] leads)
    {
        var csv = LeadRecordWriter.ToCsv(leads);

        using var text = new StringReader(csv);
        var result = new LeadRecordReader().ReadCsv(text, "leads.csv");

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(leads, result.Imported);
    }

    [Property(Arbitrary = new[] { typeof(SalesforceArbitraries) }, MaxTest = 100)]
    public void Lead_WrittenAsCsvWithAByteOrderMarkAndReadBackFromBytes_IsEqual(Lead[] leads)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LeadRecordWriter.ToCsv(leads))).ToArray();

        using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var result = new LeadRecordReader().ReadCsv(text, "leads.csv");

        Assert.Equal(leads, result.Imported);
    }
}
