using System.Text;
using FsCheck.Xunit;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Properties of reading hostile metadata: never an exception, limits always enforced with a typed error, and
/// work (nodes read and elements looked at) linear in the input's bytes.</summary>
public class MetadataLimitProperties
{
    private static FluentResults.ResultBase Read(HostileDocument document)
    {
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxDepth = document.MaxDepth });
        return document.Kind switch
        {
            "statuses" => reader.ReadMasterLeadProcess(Fixture.Utf8(document.Xml), "LeadStatus.standardValueSet-meta.xml"),
            "settings" => reader.ReadLeadConversionSettings(Fixture.Utf8(document.Xml), "LeadConvertSettings.LeadConvertSetting-meta.xml"),
            _ => reader.ReadLeadBusinessProcess(Fixture.Utf8(document.Xml), "Lead.Web.businessProcess-meta.xml", Fixture.Utf8(Fixture.ClassicStatuses.Replace("Open - Not Contacted", "Open", StringComparison.Ordinal).Replace("Closed - Converted", "Won", StringComparison.Ordinal)), "LeadStatus.standardValueSet-meta.xml"),
        };
    }

    [Property(Arbitrary = new[] { typeof(MetadataArbitraries) }, MaxTest = 300)]
    public void HostileDocument_IsReadOrRefusedWithTypedErrorsAndTheDepthLimitHolds(HostileDocument document)
    {
        var result = Read(document);

        if (document.DeepestInserted > document.MaxDepth)
        {
            var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(result.Errors));
            Assert.Equal(("MaxDepth", (long)document.MaxDepth), (error.Limit, error.Maximum));
            Assert.True(error.Line > 0);
        }
        else if (document.Count == 0 || (!document.Deep && document.SlotDepth == 2))
        {
            // Nothing inserted, or unknown elements directly under the root: Salesforce files carry many such elements.
            Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        }
        else
        {
            Assert.All(result.Errors, e => Assert.True(e is MalformedFileError { Line: > 0 } or MetadataDefinitionError, e.Message));
        }
    }

    [Property(Arbitrary = new[] { typeof(MetadataArbitraries) }, MaxTest = 300)]
    public void HostileDocument_IsReadVisitingAtMostAFewNodesPerByte(HostileDocument document)
    {
        var bytes = Encoding.UTF8.GetByteCount(document.Xml);
        MetadataXml.NodesVisited = 0;

        Read(document);

        // A business process read also reads its (small, fixed) value set.
        Assert.InRange(MetadataXml.NodesVisited, 0, (4 * bytes) + 2_000);
    }

    [Property(Arbitrary = new[] { typeof(MetadataArbitraries) }, MaxTest = 200)]
    public void ValueSet_IsReadUpToTheLimitAndRefusedAtTheFirstValuePastIt(SizedValueSet set)
    {
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { MaxValuesPerSet = set.Limit });

        var result = reader.ReadLeadSources(Fixture.Utf8(set.Xml), "LeadSource.standardValueSet-meta.xml");

        if (set.Count <= set.Limit)
        {
            Assert.Equal(set.Count, result.Value.Count);
        }
        else
        {
            var error = Assert.IsType<MetadataLimitExceededError>(Assert.Single(result.Errors));
            Assert.Equal(("MaxValuesPerSet", 4 + set.Limit), (error.Limit, error.Line));
        }
    }

    [Property(Arbitrary = new[] { typeof(MetadataArbitraries) }, MaxTest = 40)]
    public void GeneratedOrg_WrittenInBothLayoutsWithLabelsOrApiNames_LoadsEqual(GeneratedOrg org)
    {
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { ClosedLeadStatuses = org.Lead.ValueSet.ClosedNames });
        var root = Path.Combine(Path.GetTempPath(), "org-" + Guid.NewGuid().ToString("N"));
        try
        {
            var statuses = MetadataWriter.LeadStatuses(org.Lead.ValueSet.Statuses);
            var stages = MetadataWriter.OpportunityStages(org.Sales.Stages);
            var byApiName = (org.Lead.Selected.Select(n => (n, n == org.Lead.Default)).ToArray(), org.Sales.Selected.Select(n => (n, n == org.Sales.Default)).ToArray());
            var reference = Write(Path.Combine(root, "reference"), legacy: false, statuses, stages, org, byApiName);
            var source = Write(Path.Combine(root, "source"), legacy: false, statuses, stages, org, (org.LeadValues, org.SalesValues));
            var metadataApi = Write(Path.Combine(root, "src"), legacy: true, statuses, stages, org, (org.LeadValues, org.SalesValues));

            var expected = reader.LoadSourceFolder(reference).Value;
            foreach (var loaded in new[] { reader.LoadSourceFolder(source), reader.LoadSourceFolder(metadataApi) })
            {
                Assert.True(loaded.IsSuccess, string.Join("\n", loaded.Errors));
                Assert.Empty(loaded.Value.BrokenDefinitions);
                var lead = Assert.Single(loaded.Value.LeadProcesses).Definition;
                var sales = Assert.Single(loaded.Value.SalesProcesses).Definition;
                Assert.Equal((expected.LeadProcesses[0].Definition.Name, expected.SalesProcesses[0].Definition.Name), (lead.Name, sales.Name));
                Assert.Equal(expected.LeadProcesses[0].Definition.Statuses, lead.Statuses);
                Assert.Equal(expected.SalesProcesses[0].Definition.Stages, sales.Stages);
                Assert.Equal(expected.MasterLeadProcess!.Statuses, loaded.Value.MasterLeadProcess!.Statuses);
                Assert.Equal(org.LabelCount, loaded.Value.Warnings.OfType<ValueResolvedByLabelWarning>().Count());
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Write(string folder, bool legacy, string statuses, string stages, GeneratedOrg org, ((string, bool)[] Lead, (string, bool)[] Sales) values)
    {
        if (legacy)
        {
            WriteFile(Path.Combine(folder, "standardValueSets", "LeadStatus.standardValueSet"), statuses);
            WriteFile(Path.Combine(folder, "standardValueSets", "OpportunityStage.standardValueSet"), stages);
            WriteFile(Path.Combine(folder, "objects", "Lead.object"), MetadataWriter.ObjectFile([(org.Lead.Name, null, org.Lead.IsActive, values.Lead)]));
            WriteFile(Path.Combine(folder, "objects", "Opportunity.object"), MetadataWriter.ObjectFile([(org.Sales.Name, null, org.Sales.IsActive, values.Sales)]));
        }
        else
        {
            WriteFile(Path.Combine(folder, "standardValueSets", "LeadStatus.standardValueSet-meta.xml"), statuses);
            WriteFile(Path.Combine(folder, "standardValueSets", "OpportunityStage.standardValueSet-meta.xml"), stages);
            WriteFile(Path.Combine(folder, "objects", "Lead", "businessProcesses", FileName(org.Lead.Name)),
                MetadataWriter.BusinessProcess(org.Lead.Name, null, org.Lead.IsActive, values.Lead));
            WriteFile(Path.Combine(folder, "objects", "Opportunity", "businessProcesses", FileName(org.Sales.Name)),
                MetadataWriter.BusinessProcess(org.Sales.Name, null, org.Sales.IsActive, values.Sales));
        }

        return folder;
    }

    /// <summary>The name encoded as Salesforce encodes file names; a name too long for a file name gets a short one
    /// (the <c>fullName</c> inside still names the process).</summary>
    private static string FileName(string name) =>
        (Uri.EscapeDataString(name) is { Length: <= 120 } escaped ? escaped : "Long") + ".businessProcess-meta.xml";

    private static void WriteFile(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
