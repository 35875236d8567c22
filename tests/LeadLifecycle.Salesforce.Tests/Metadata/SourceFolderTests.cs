using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce.Tests;

public sealed class SourceFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfdx-" + Guid.NewGuid().ToString("N"));

    public SourceFolderTests()
    {
        Copy("github-octoforce-actions", "LeadStatus.standardValueSet-meta.xml", "force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml");
        Copy("github-octoforce-actions", "LeadSource.standardValueSet-meta.xml", "force-app/main/default/standardValueSets/LeadSource.standardValueSet-meta.xml");
        Copy("UST-EASY", "OpportunityStage.standardValueSet-meta.xml", "unpackaged/pre/StandardValueSet/OpportunityStage.standardValueSet-meta.xml");
        Copy("UST-EASY", "Opportunity.Applicant.businessProcess-meta.xml", "force-app/main/default/objects/Opportunity/businessProcesses/Applicant.businessProcess-meta.xml");
        Write("force-app/main/default/objects/Lead/businessProcesses/Web.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Web</fullName><isActive>true</isActive>"
            + "<values><fullName>Open</fullName><default>true</default></values><values><fullName>Qualified</fullName><default>false</default></values></BusinessProcess>");
        Write("force-app/main/default/objects/Case/businessProcesses/Support.businessProcess-meta.xml", "<BusinessProcess/>");
        Write("force-app/main/default/LeadConvertSettings/LeadConvertSettings.LeadConvertSetting-meta.xml", """
            <LeadConvertSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <allowOwnerChange>true</allowOwnerChange>
                <objectMapping>
                    <inputObject>Lead</inputObject>
                    <mappingFields><inputField>Region__c</inputField><outputField>Sales_Region__c</outputField></mappingFields>
                    <mappingFields><inputField>Score__c</inputField><outputField>Lead_Score__c</outputField></mappingFields>
                    <outputObject>Account</outputObject>
                </objectMapping>
                <objectMapping>
                    <inputObject>Lead</inputObject>
                    <mappingFields><inputField>Region__c</inputField><outputField>Region__c</outputField></mappingFields>
                    <outputObject>Opportunity</outputObject>
                </objectMapping>
                <opportunityCreationOptions>VisibleOptional</opportunityCreationOptions>
            </LeadConvertSettings>
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void LoadSourceFolder_FindsEveryProcessValueSetAndSetting()
    {
        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        Assert.Equal(["Contacted", "Open", "Qualified", "Unqualified"], loaded.MasterLeadProcess!.Statuses.Select(s => s.Name));
        var web = Assert.Single(loaded.LeadProcesses);
        Assert.Equal(("Web", "Open"), (web.Definition.Name, web.Definition.DefaultStatus.Name));
        Assert.Equal(11, loaded.LeadSources.Count);
        var applicant = Assert.Single(loaded.SalesProcesses);
        Assert.Equal(("Applicant", "Started App", 10), (applicant.Definition.Name, applicant.Definition.DefaultStage.Name, applicant.Definition.Stages.Count));
        Assert.Equal(25, loaded.MasterSalesProcess!.Stages.Count);
        Assert.Equal("Prospecting", loaded.MasterSalesProcess.DefaultStage.Name);
        Assert.Equal(3, loaded.LeadConvertSettings!.FieldMappings.Count);
        Assert.Equal(["Account", "Account", "Opportunity"], loaded.LeadConvertSettings.FieldMappings.Select(m => m.OutputObject));
        Assert.Equal("VisibleOptional", loaded.LeadConvertSettings.OpportunityCreationOptions);
        var conversion = loaded.ConversionSettings!;
        Assert.Equal(OpportunityCreationOption.Optional, conversion.OpportunityCreation);
        Assert.True(conversion.AllowOwnerChange);
        Assert.Equal(["Account.Sales_Region__c", "Opportunity.Region__c"], conversion.FieldMapping.TargetsOf("Region__c").Select(r => $"{r.Target}.{r.TargetField}"));
        Assert.Same(conversion.FieldMapping, conversion.ApplyTo((LeadLifecycle.Conversion.LeadConverterOptions?)null).FieldMapping);
        Assert.EndsWith("Support.businessProcess-meta.xml", Assert.Single(loaded.SkippedFiles), StringComparison.Ordinal);
        Assert.Equal(6, loaded.Files.Count);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void LoadSourceFolder_WithSeveralBrokenFiles_ReportsEveryProblem()
    {
        Write("force-app/main/default/objects/Lead/businessProcesses/Broken.businessProcess-meta.xml", "<BusinessProcess><values>");
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Dangling.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Dangling</fullName><values><fullName>Nowhere</fullName><default>false</default></values></BusinessProcess>");

        var result = new SalesforceMetadataReader().LoadSourceFolder(_root);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e is MalformedFileError m && m.File.EndsWith("Broken.businessProcess-meta.xml", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is MetadataDefinitionError { Code: ErrorCodes.UnknownValue } m && m.File.EndsWith("Dangling.businessProcess-meta.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadSourceFolder_WithALeadProcessButNoLeadStatuses_ReportsTheMissingValueSet()
    {
        File.Delete(Path.Combine(_root, "force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml"));

        var result = new SalesforceMetadataReader().LoadSourceFolder(_root);

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.Errors));
        Assert.Contains("LeadStatus.standardValueSet-meta.xml", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadSourceFolder_WithASalesProcessWithoutAWonStage_LoadsIt()
    {
        Copy("UST-EASY", "Opportunity.Inquiry.businessProcess-meta.xml", "force-app/main/default/objects/Opportunity/businessProcesses/Inquiry.businessProcess-meta.xml");

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        var inquiry = Assert.Single(loaded.SalesProcesses, p => p.Definition.Name == "Inquiry").Definition;
        Assert.Empty(inquiry.WonStages);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void LoadSourceFolder_WithASalesProcessOfClosedStagesOnly_LoadsIt_AsRealOrgsHaveSuch()
    {
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Legacy.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Legacy</fullName><isActive>false</isActive>"
            + "<values><fullName>Closed Won</fullName><default>false</default></values><values><fullName>Closed Lost</fullName><default>false</default></values></BusinessProcess>");

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        Assert.Equal(["Applicant", "Legacy"], loaded.SalesProcesses.Select(p => p.Definition.Name));
        Assert.Empty(loaded.Warnings);
        var legacy = loaded.SalesProcesses.Single(p => p.Definition.Name == "Legacy").Definition;
        Assert.Null(legacy.FirstOpenStage);
        Assert.Equal(["Closed Won", "Closed Lost"], legacy.Stages.Select(s => s.Name));
    }

    [Fact]
    public void LoadSourceFolder_WithAnInactiveProcessNamingAMissingStage_StillFails()
    {
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Legacy.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Legacy</fullName><isActive>false</isActive>"
            + "<values><fullName>Nowhere</fullName><default>false</default></values></BusinessProcess>");

        var result = new SalesforceMetadataReader().LoadSourceFolder(_root);

        Assert.Equal(ErrorCodes.UnknownValue, Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors)).Code);
    }

    [Fact]
    public void LoadSourceFolder_WhenTheFolderIsMissing_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new SalesforceMetadataReader().LoadSourceFolder(Path.Combine(_root, "nope")));
    }

    private void Copy(string folder, string file, string target)
    {
        var path = Path.Combine(_root, target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Fixture.Path(folder, file), path);
    }

    private void Write(string target, string content)
    {
        var path = Path.Combine(_root, target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
