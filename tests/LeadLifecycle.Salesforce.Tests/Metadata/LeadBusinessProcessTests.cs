using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

public class LeadBusinessProcessTests
{
    private static LoadedDefinition<LeadProcess> Read(string businessProcess, SalesforceMetadataOptions? options = null) =>
        Try(businessProcess, options).Value;

    private static FluentResults.Result<LoadedDefinition<LeadProcess>> Try(string businessProcess, SalesforceMetadataOptions? options = null) =>
        new SalesforceMetadataReader(options ?? SalesforceMetadataOptions.Default).ReadLeadBusinessProcess(
            Fixture.Utf8(businessProcess), "Lead.Inbound.businessProcess-meta.xml",
            Fixture.Utf8(Fixture.ClassicStatuses), "LeadStatus.standardValueSet-meta.xml");

    private static string Process(string values, string isActive = "true") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <BusinessProcess xmlns="http://soap.sforce.com/2006/04/metadata">
            <fullName>Inbound</fullName>
            <description>Inbound &amp; web leads</description>
            <isActive>{isActive}</isActive>
        {values}
        </BusinessProcess>
        """;

    private static string Value(string name, bool isDefault = false) =>
        $"<values><fullName>{name}</fullName><default>{(isDefault ? "true" : "false")}</default></values>";

    [Fact]
    public void ReadLeadBusinessProcess_SelectsTheNamedStatusesInValueSetOrder()
    {
        var loaded = Read(Process(Value("Working - Contacted") + Value("Closed - Converted") + Value("Open - Not Contacted")));

        Assert.Equal("Inbound", loaded.Definition.Name);
        Assert.Equal(["Open - Not Contacted", "Working - Contacted", "Closed - Converted"], loaded.Definition.Statuses.Select(s => s.Name));
        Assert.Equal("Inbound & web leads", loaded.Description);
        Assert.True(loaded.IsActive);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WithItsOwnDefault_OverridesTheValueSetDefault()
    {
        var loaded = Read(Process(Value("Open - Not Contacted") + Value("Working - Contacted", isDefault: true) + Value("Closed - Converted")));

        Assert.Equal("Working - Contacted", loaded.Definition.DefaultStatus.Name);
    }

    [Fact]
    public void ReadLeadBusinessProcess_DecodesUrlEncodedNames()
    {
        var loaded = Read(Process(Value("Open%20-%20Not%20Contacted") + Value("Closed %2D Converted")));

        Assert.Equal(["Open - Not Contacted", "Closed - Converted"], loaded.Definition.Statuses.Select(s => s.Name));
    }

    [Fact]
    public void ReadLeadBusinessProcess_WhenInactive_IsLoadedAndMarkedInactive()
    {
        var loaded = Read(Process(Value("Open - Not Contacted") + Value("Closed - Converted"), isActive: "false"));

        Assert.False(loaded.IsActive);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WhenAStatusIsMissingFromTheValueSet_FailsNamingFileLineAndStatus()
    {
        var result = Try(Process(Value("Open - Not Contacted") + Value("Closed - Converted") + "\n" + Value("Nurture")));

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.UnknownValue, error.Code);
        Assert.Equal("Lead.Inbound.businessProcess-meta.xml", error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains("'Nurture'", error.Message, StringComparison.Ordinal);
        Assert.IsType<UnknownValueError>(error.DefinitionError);
    }

    [Fact]
    public void ReadLeadBusinessProcess_WithAStatusListedTwice_FailsLikeASalesProcess_PointingAtTheSecond()
    {
        var result = Try(Process(Value("Open - Not Contacted", isDefault: true) + "\n" + Value("Closed - Converted") + "\n" + Value("Open - Not Contacted")));

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.DuplicateValue, 8), (error.Code, error.Line));
        var duplicate = Assert.IsType<DuplicateValueError>(error.DefinitionError);
        Assert.Equal(("Inbound", "Open - Not Contacted", DefinitionValueKind.Status), (duplicate.Definition, duplicate.Value, duplicate.ValueKind));
    }
}
