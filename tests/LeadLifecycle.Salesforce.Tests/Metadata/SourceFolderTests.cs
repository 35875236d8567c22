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

    private static readonly SalesforceMetadataReader StrictReader = new(new SalesforceMetadataOptions { Strict = true });

    [Fact]
    public void LoadSourceFolder_WhenStrictWithSeveralBrokenFiles_ReportsEveryProblem()
    {
        Write("force-app/main/default/objects/Lead/businessProcesses/Broken.businessProcess-meta.xml", "<BusinessProcess><values>");
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Dangling.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Dangling</fullName><values><fullName>Nowhere</fullName><default>false</default></values></BusinessProcess>");

        var result = StrictReader.LoadSourceFolder(_root);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e is MalformedFileError m && m.File.EndsWith("Broken.businessProcess-meta.xml", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is MetadataDefinitionError { Code: ErrorCodes.UnknownValue } m && m.File.EndsWith("Dangling.businessProcess-meta.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadSourceFolder_WhenStrictWithALeadProcessButNoLeadStatuses_ReportsTheMissingValueSet()
    {
        File.Delete(Path.Combine(_root, "force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml"));

        var result = StrictReader.LoadSourceFolder(_root);

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.Errors));
        Assert.Contains("LeadStatus value set", error.Detail, StringComparison.Ordinal);
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

        var loaded = StrictReader.LoadSourceFolder(_root).Value;

        Assert.Equal(["Applicant", "Legacy"], loaded.SalesProcesses.Select(p => p.Definition.Name));
        Assert.Empty(loaded.Warnings);
        var legacy = loaded.SalesProcesses.Single(p => p.Definition.Name == "Legacy").Definition;
        Assert.Null(legacy.FirstOpenStage);
        Assert.Equal(["Closed Won", "Closed Lost"], legacy.Stages.Select(s => s.Name));
    }

    [Fact]
    public void LoadSourceFolder_WhenStrictWithAnInactiveProcessNamingAMissingStage_StillFails()
    {
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Legacy.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Legacy</fullName><isActive>false</isActive>"
            + "<values><fullName>Nowhere</fullName><default>false</default></values></BusinessProcess>");

        var result = StrictReader.LoadSourceFolder(_root);

        Assert.Equal(ErrorCodes.UnknownValue, Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors)).Code);
    }

    [Fact]
    public void LoadSourceFolder_WithSeveralBrokenFiles_LoadsEverySoundDefinitionAndListsEachBrokenOne()
    {
        Write("force-app/main/default/objects/Lead/businessProcesses/Broken.businessProcess-meta.xml", "<BusinessProcess><values>");
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Dangling.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Dangling</fullName><values><fullName>Nowhere</fullName><default>false</default></values></BusinessProcess>");

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        Assert.Equal(["Web"], loaded.LeadProcesses.Select(p => p.Definition.Name));
        Assert.Equal(["Applicant"], loaded.SalesProcesses.Select(p => p.Definition.Name));
        Assert.NotNull(loaded.ConversionSettings);
        Assert.Equal(
            [("Broken", SalesforceDefinitionKind.LeadBusinessProcess), ("Dangling", SalesforceDefinitionKind.SalesBusinessProcess)],
            loaded.BrokenDefinitions.Select(b => (b.Name, b.Kind)));
        Assert.IsType<MalformedFileError>(Assert.Single(loaded.BrokenDefinitions[0].Errors));
        var unknown = Assert.IsType<MetadataDefinitionError>(Assert.Single(loaded.BrokenDefinitions[1].Errors));
        Assert.Equal((ErrorCodes.UnknownValue, 1), (unknown.Code, unknown.Line));
    }

    [Fact]
    public void LoadSourceFolder_WithoutLeadStatuses_ListsTheLeadProcessAsBrokenAndLoadsTheRest()
    {
        File.Delete(Path.Combine(_root, "force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml"));

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        Assert.Null(loaded.MasterLeadProcess);
        Assert.Equal(["Applicant"], loaded.SalesProcesses.Select(p => p.Definition.Name));
        var broken = Assert.Single(loaded.BrokenDefinitions);
        Assert.Equal(("Web", SalesforceDefinitionKind.LeadBusinessProcess), (broken.Name, broken.Kind));
    }

    [Fact]
    public void LoadSourceFolder_WhereNothingIsRecognised_Fails()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "README.md"), "not metadata");

        var result = new SalesforceMetadataReader().LoadSourceFolder(empty);

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.Errors));
        Assert.Contains("no Salesforce metadata was recognised", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadSourceFolder_InTheMetadataApiLayout_ReadsValueSetsAndTheObjectsBusinessProcesses()
    {
        var src = Path.Combine(_root, "legacy", "src");
        Copy("github-octoforce-actions", "LeadStatus.standardValueSet-meta.xml", "legacy/src/standardValueSets/LeadStatus.standardValueSet");
        Copy("UST-EASY", "OpportunityStage.standardValueSet-meta.xml", "legacy/src/standardValueSets/OpportunityStage.standardValueSet");
        Write("legacy/src/objects/Lead.object", """
            <?xml version="1.0" encoding="UTF-8"?>
            <CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
                <businessProcesses>
                    <fullName>Web</fullName>
                    <isActive>true</isActive>
                    <values><fullName>Open</fullName><default>true</default></values>
                    <values><fullName>Qualified</fullName><default>false</default></values>
                </businessProcesses>
                <businessProcesses>
                    <fullName>Partner %28EMEA%29</fullName>
                    <isActive>false</isActive>
                    <values><fullName>Contacted</fullName><default>true</default></values>
                    <values><fullName>Qualified</fullName><default>false</default></values>
                </businessProcesses>
                <fields><fullName>Region__c</fullName><type>Text</type></fields>
            </CustomObject>
            """);
        Write("legacy/src/objects/Account.object", "<CustomObject/>");

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(src).Value;

        Assert.Equal(["Web", "Partner (EMEA)"], loaded.LeadProcesses.Select(p => p.Definition.Name));
        Assert.Equal(["Contacted", "Qualified"], loaded.LeadProcesses[1].Definition.Statuses.Select(s => s.Name));
        Assert.False(loaded.LeadProcesses[1].IsActive);
        Assert.All(loaded.LeadProcesses, p => Assert.EndsWith("Lead.object", p.SourceFile, StringComparison.Ordinal));
        Assert.Equal(25, loaded.MasterSalesProcess!.Stages.Count);
        Assert.EndsWith("Account.object", Assert.Single(loaded.SkippedFiles), StringComparison.Ordinal);
        Assert.Empty(loaded.BrokenDefinitions);
    }

    [Fact]
    public void LoadSourceFolder_InTheMetadataApiLayoutWithABrokenProcess_ReportsItsLineInTheObjectFile()
    {
        Copy("github-octoforce-actions", "LeadStatus.standardValueSet-meta.xml", "legacy/src/standardValueSets/LeadStatus.standardValueSet");
        Write("legacy/src/objects/Lead.object",
            "<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n<businessProcesses><fullName>Web</fullName>\n<values><fullName>Ghost</fullName><default>true</default></values></businessProcesses>\n</CustomObject>");

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(Path.Combine(_root, "legacy", "src")).Value;

        var broken = Assert.Single(loaded.BrokenDefinitions);
        Assert.Equal("Web", broken.Name);
        Assert.Contains(broken.Errors, e => e is MetadataDefinitionError { Code: ErrorCodes.UnknownValue, Line: 3 });
    }

    [Fact]
    public void LoadSourceFolder_WithActiveProcessesOfClosedStagesOnly_StillLoadsEveryOtherProcess()
    {
        // A real org: 24 sales processes, two of which hold only closed stages (Salesforce accepts them).
        for (var i = 1; i <= 22; i++)
        {
            Write($"force-app/main/default/objects/Opportunity/businessProcesses/P{i:00}.businessProcess-meta.xml",
                $"<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>P{i:00}</fullName><isActive>true</isActive>"
                + "<values><fullName>Prospecting</fullName><default>true</default></values><values><fullName>Closed Won</fullName><default>false</default></values></BusinessProcess>");
        }

        foreach (var name in new[] { "Lost Only", "Closed Only" })
        {
            Write($"force-app/main/default/objects/Opportunity/businessProcesses/{name}.businessProcess-meta.xml",
                $"<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>{name}</fullName><isActive>true</isActive>"
                + "<values><fullName>Closed Lost</fullName><default>false</default></values>"
                + (name == "Closed Only" ? "<values><fullName>Closed Won</fullName><default>false</default></values>" : string.Empty) + "</BusinessProcess>");
        }

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        Assert.Equal(23, loaded.SalesProcesses.Count(p => p.Definition.Name is "Applicant" || p.Definition.Name.StartsWith('P')));
        Assert.Empty(loaded.BrokenDefinitions);
        Assert.Equal(25, loaded.SalesProcesses.Count);
    }

    [Fact]
    public void LoadSourceFolder_WithAnActiveProcessOfClosedStagesOnly_LoadsIt()
    {
        Write("force-app/main/default/objects/Opportunity/businessProcesses/Lost Only.businessProcess-meta.xml",
            "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>Lost Only</fullName><isActive>true</isActive>"
            + "<values><fullName>Closed Lost</fullName><default>false</default></values></BusinessProcess>");

        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;

        Assert.Empty(loaded.BrokenDefinitions);
        var lostOnly = Assert.Single(loaded.SalesProcesses, p => p.Definition.Name == "Lost Only").Definition;
        Assert.All(lostOnly.Stages, s => Assert.True(s.IsClosed));
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
