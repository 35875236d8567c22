using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Patterns real orgs' metadata holds (issue 13): values named by label, percent-encoded names, mappings listed twice.</summary>
public class RealOrgPatternTests
{
    private const string StatusFile = "LeadStatus.standardValueSet-meta.xml";
    private const string StageFile = "OpportunityStage.standardValueSet-meta.xml";

    private static readonly string Statuses = Fixture.ValueSet("""
        <standardValue><fullName>S1</fullName><default>true</default><label>Open</label><converted>false</converted></standardValue>
        <standardValue><fullName>S2</fullName><default>false</default><label>Working</label><converted>false</converted></standardValue>
        <standardValue><fullName>S3</fullName><default>false</default><label>Qualified</label><converted>true</converted></standardValue>
        <standardValue><fullName>S4</fullName><default>false</default><label>Nurture</label><converted>false</converted></standardValue>
        <standardValue><fullName>S5</fullName><default>false</default><label>Nurture</label><converted>false</converted></standardValue>
        """);

    private static string Process(string name, params (string Value, bool IsDefault)[] values) =>
        "<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        + (name.Length > 0 ? $"<fullName>{name}</fullName>\n" : string.Empty)
        + string.Concat(values.Select(v => $"<values><fullName>{v.Value}</fullName><default>{(v.IsDefault ? "true" : "false")}</default></values>\n"))
        + "</BusinessProcess>";

    private static FluentResults.Result<LoadedDefinition<LeadLifecycle.Leads.LeadProcess>> ReadLead(string process, string file = "Lead.Web.businessProcess-meta.xml") =>
        new SalesforceMetadataReader().ReadLeadBusinessProcess(Fixture.Utf8(process), file, Fixture.Utf8(Statuses), StatusFile);

    [Fact]
    public void ReadLeadBusinessProcess_NamingStatusesByLabel_ResolvesThemAndWarnsForEach()
    {
        var loaded = ReadLead(Process("Web", ("Open", true), ("Working", false), ("S3", false))).Value;

        Assert.Equal(["S1", "S2", "S3"], loaded.Definition.Statuses.Select(s => s.Name));
        Assert.Equal("S1", loaded.Definition.DefaultStatus.Name);
        Assert.Equal(["S3"], loaded.Definition.Statuses.Where(s => s.IsConverted).Select(s => s.Name));
        var warnings = loaded.Warnings.Cast<ValueResolvedByLabelWarning>().ToArray();
        Assert.Equal([("Open", "S1", 3), ("Working", "S2", 4)], warnings.Select(w => (w.Label, w.Value, w.Line)));
        Assert.All(warnings, w => Assert.Equal(SalesforceErrorCodes.ValueResolvedByLabel, w.Code));
        Assert.Equal("S2", warnings[1].Metadata["Value"]);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WhenANameIsAnApiNameAndAnotherValuesLabel_TakesTheApiName()
    {
        var statuses = Fixture.ValueSet("""
            <standardValue><fullName>A</fullName><default>true</default><label>B</label></standardValue>
            <standardValue><fullName>B</fullName><label>A</label><converted>true</converted></standardValue>
            """);

        var loaded = new SalesforceMetadataReader().ReadLeadBusinessProcess(Fixture.Utf8(Process("P", ("A", true), ("B", false))), "P.businessProcess-meta.xml", Fixture.Utf8(statuses), StatusFile).Value;

        Assert.Equal(["A", "B"], loaded.Definition.Statuses.Select(s => s.Name));
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WithALabelTwoStatusesCarry_FailsNamingTheCandidates()
    {
        var result = ReadLead(Process("Web", ("S1", true), ("Nurture", false), ("S3", false)));

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        var ambiguous = Assert.IsType<AmbiguousLabelError>(error.DefinitionError);
        Assert.Equal((SalesforceErrorCodes.AmbiguousLabel, 4, "Nurture"), (error.Code, error.Line, ambiguous.Value));
        Assert.Equal(["S4", "S5"], ambiguous.Candidates);
        Assert.Equal(new[] { "S4", "S5" }, ambiguous.Metadata["Candidates"]);
        Assert.Contains("S4, S5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WithANameThatIsNeitherApiNameNorLabel_FailsAsUnknown()
    {
        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(ReadLead(Process("Web", ("S1", true), ("Ghost", false), ("S3", false))).Errors));

        Assert.Equal((ErrorCodes.UnknownValue, 4, "Ghost", (DefinitionValueKind?)DefinitionValueKind.Status),
            (error.Code, error.Line, error.DefinitionError.Value, error.DefinitionError.ValueKind));
    }

    [Fact]
    public void ReadSalesBusinessProcess_NamingStagesByLabel_ResolvesThemAndWarns()
    {
        var stages = Fixture.ValueSet("""
            <standardValue><fullName>ST1</fullName><label>Prospecting</label><probability>10</probability></standardValue>
            <standardValue><fullName>ST2</fullName><label>Gewonnen</label><closed>true</closed><won>true</won><probability>100</probability></standardValue>
            <standardValue><fullName>ST3</fullName><label>Verloren</label><closed>true</closed></standardValue>
            """);

        var loaded = new SalesforceMetadataReader().ReadSalesBusinessProcess(
            Fixture.Utf8(Process("Direct", ("Prospecting", true), ("ST2", false), ("Verloren", false))), "Direct.businessProcess-meta.xml", Fixture.Utf8(stages), StageFile).Value;

        Assert.Equal(["ST1", "ST2", "ST3"], loaded.Definition.Stages.Select(s => s.Name));
        Assert.Equal(["Prospecting", "Verloren"], loaded.Warnings.Cast<ValueResolvedByLabelWarning>().Select(w => w.Label));
    }

    [Theory]
    [InlineData("Direct Sales %28EMEA%2FAPAC%29", "Direct Sales (EMEA/APAC)")]
    [InlineData("Vendas Diretas%2E", "Vendas Diretas.")]
    [InlineData("M%C3%BCller %26 S%C3%B6hne", "Müller & Söhne")]
    [InlineData("50% off", "50% off")]
    public void ReadLeadBusinessProcess_WithAnEncodedName_DecodesItInTheFileAndInTheFileName(string written, string expected)
    {
        var fromElement = ReadLead(Process(written, ("S1", true), ("S3", false))).Value;
        var fromFileName = ReadLead(Process(string.Empty, ("S1", true), ("S3", false)), $"objects/Lead/businessProcesses/{written}.businessProcess-meta.xml").Value;

        Assert.Equal(expected, fromElement.Definition.Name);
        Assert.Equal(expected, fromFileName.Definition.Name);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WithAnEncodedUtf8Value_MatchesTheDecodedStatus()
    {
        var statuses = Fixture.ValueSet(Fixture.Status("Nicht kontaktiert", isDefault: true) + Fixture.Status("Übergeben (Vertrieb)", converted: true));

        var loaded = new SalesforceMetadataReader().ReadLeadBusinessProcess(
            Fixture.Utf8(Process("P", ("Nicht%20kontaktiert", true), ("%C3%9Cbergeben %28Vertrieb%29", false))), "P.businessProcess-meta.xml", Fixture.Utf8(statuses), StatusFile).Value;

        Assert.Equal(["Nicht kontaktiert", "Übergeben (Vertrieb)"], loaded.Definition.Statuses.Select(s => s.Name));
    }

    [Fact]
    public void ReadLeadConversionSettings_WithTheSameMappingTwice_CollapsesItWithAWarning()
    {
        var settings = new SalesforceMetadataReader().ReadLeadConversionSettings(Fixture.Utf8("""
            <LeadConvertSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <objectMapping>
                    <inputObject>Lead</inputObject>
                    <mappingFields><inputField>Region__c</inputField><outputField>Region__c</outputField></mappingFields>
                    <mappingFields><inputField>Region__c</inputField><outputField>Region__c</outputField></mappingFields>
                    <outputObject>Account</outputObject>
                </objectMapping>
            </LeadConvertSettings>
            """), "LeadConvertSettings.LeadConvertSetting-meta.xml").Value;

        Assert.Equal(["Account.Region__c"], settings.FieldMapping.TargetsOf("Region__c").Select(r => $"{r.Target}.{r.TargetField}"));
        var warning = Assert.IsType<DuplicateFieldMappingWarning>(Assert.Single(settings.Warnings));
        Assert.Equal((5, 4, "Region__c -> Account.Region__c"), (warning.Line, warning.FirstLine, warning.Mapping));
    }

    [Fact]
    public void ReadLeadConversionSettings_WithTwoLeadFieldsIntoOneTarget_FailsNamingBoth()
    {
        var result = new SalesforceMetadataReader().ReadLeadConversionSettings(Fixture.Utf8("""
            <LeadConvertSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <objectMapping>
                    <inputObject>Lead</inputObject>
                    <mappingFields><inputField>Region__c</inputField><outputField>Region__c</outputField></mappingFields>
                    <mappingFields><inputField>Territory__c</inputField><outputField>Region__c</outputField></mappingFields>
                    <outputObject>Account</outputObject>
                </objectMapping>
            </LeadConvertSettings>
            """), "LeadConvertSettings.LeadConvertSetting-meta.xml");

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.DuplicateValue, 5, "Account.Region__c"), (error.Code, error.Line, error.DefinitionError.Value));
        Assert.Contains("two different lead fields, Region__c (line 4) and Territory__c", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_PutsEveryDefinitionErrorAtTheLineOfItsValue_TransitionsIncluded()
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal) { ["Qualified"] = 7, ["Open"] = 3 };
        FluentResults.IError[] errors =
        [
            new InvalidTransitionError("P", "Convert: Open -> Qualified", "Qualified", "is not possible."),
            new InconsistentDefinitionValueError("P", "Open", "bad.", DefinitionValueKind.Status),
            new ProcessWithoutConvertedStatusError("P"),
        ];

        var located = BusinessProcessValues.Locate(errors, "P.businessProcess-meta.xml", lines, 1).Cast<MetadataDefinitionError>().ToArray();

        Assert.Equal([7, 3, 1], located.Select(e => e.Line));
        Assert.Equal(DefinitionValueKind.Transition, located[0].DefinitionError.ValueKind);
        Assert.Equal("Qualified", located[0].DefinitionError.Metadata["Value"]);
        Assert.Equal("Transition", located[0].DefinitionError.Metadata["ValueKind"]);
    }
}
