using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

public class LeadStatusMetadataTests
{
    private static readonly string Octoforce = Fixture.Path("github-octoforce-actions", "LeadStatus.standardValueSet-meta.xml");

    [Fact]
    public void ReadLeadStatuses_OctoforceWithUnqualifiedClosed_YieldsTheNewerPreset()
    {
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { ClosedLeadStatuses = ["Unqualified"] });

        var process = reader.ReadLeadStatuses(Octoforce).Value;

        var preset = LeadProcess.SalesforceNewer;
        Assert.Equal(
            preset.Statuses.Select(s => (s.Name, s.Label, s.IsDefault, s.IsConverted, s.IsClosed, s.IsActive)).OrderBy(s => s.Name),
            process.Statuses.Select(s => (s.Name, s.Label, s.IsDefault, s.IsConverted, s.IsClosed, s.IsActive)).OrderBy(s => s.Name));
        Assert.Equal("Open", process.DefaultStatus.Name);
        Assert.Equal("Contacted", process.ContactedStatus?.Name);
        Assert.Equal(["Qualified"], process.ConvertedStatuses.Select(s => s.Name));
        Assert.True(process.CanFire("Open", LeadStatusTrigger.Disqualify, "Unqualified"));
    }

    [Fact]
    public void ReadLeadStatuses_Always_TakesTheSortOrderFromTheFileOrder()
    {
        var process = new SalesforceMetadataReader().ReadLeadStatuses(Octoforce).Value;

        Assert.Equal(["Contacted", "Open", "Qualified", "Unqualified"], process.Statuses.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], process.Statuses.Select(s => s.SortOrder));
        Assert.Equal("Master", process.Name);
    }

    [Fact]
    public void ReadLeadStatuses_WithoutClosedStatuses_KeepsEveryNonConvertedStatusOpen()
    {
        var process = new SalesforceMetadataReader().ReadLeadStatuses(Octoforce).Value;

        Assert.True(process.FindStatus("Unqualified")!.IsOpen);
        Assert.True(process.FindStatus("Qualified")!.IsClosed);
        Assert.False(process.CanFire("Open", LeadStatusTrigger.Disqualify, "Unqualified"));
        Assert.True(process.CanFire("Open", LeadStatusTrigger.MoveTo, "Unqualified"));
    }

    [Fact]
    public void ReadLeadStatuses_WhenTheNameSaysConvertedButTheFlagDoesNot_IsNotConverted()
    {
        var xml = Fixture.ValueSet(Fixture.Status("Offen", isDefault: true) + Fixture.Status("Konvertiert") + Fixture.Status("Konvertiert_inaktiv", converted: true));

        var process = new SalesforceMetadataReader().ReadLeadStatuses(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml").Value;

        Assert.False(process.FindStatus("Konvertiert")!.IsConverted);
        Assert.False(process.FindStatus("Konvertiert")!.IsClosed);
        Assert.Equal(["Konvertiert_inaktiv"], process.ConvertedStatuses.Select(s => s.Name));
    }

    [Fact]
    public void ReadLeadStatuses_WithTwoConvertedStatuses_KeepsBoth()
    {
        var xml = Fixture.ValueSet(Fixture.Status("New", isDefault: true) + Fixture.Status("Qualified", converted: true) + Fixture.Status("Converted", converted: true));

        var process = new SalesforceMetadataReader().ReadLeadStatuses(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml").Value;

        Assert.Equal(["Qualified", "Converted"], process.ConvertedStatuses.Select(s => s.Name));
    }

    [Fact]
    public void ReadLeadStatuses_WhenAClosedStatusIsNotInTheSet_FailsNamingTheFileAndStatus()
    {
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { ClosedLeadStatuses = ["Lost"] });

        var result = reader.ReadLeadStatuses(Octoforce);

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.UnknownValue, error.Code);
        Assert.Equal(Octoforce, error.File);
        Assert.Contains("'Lost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLeadStatuses_WithInactiveStatus_KeepsItButNoTransitionEntersIt()
    {
        var xml = Fixture.ValueSet(Fixture.Status("Open", isDefault: true) + Fixture.Status("Won", converted: true)
            + "<standardValue><fullName>Old</fullName><default>false</default><label>Old</label><converted>false</converted><isActive>false</isActive></standardValue>");

        var process = new SalesforceMetadataReader().ReadLeadStatuses(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml").Value;

        Assert.False(process.FindStatus("Old")!.IsActive);
        Assert.False(process.CanFire("Open", LeadStatusTrigger.MoveTo, "Old"));
        Assert.True(process.CanFire("Old", LeadStatusTrigger.MoveTo, "Open"));
    }

    [Fact]
    public void ReadLeadStatuses_WithoutConvertedStatus_FailsWithTheFile()
    {
        var xml = Fixture.ValueSet(Fixture.Status("Open", isDefault: true) + Fixture.Status("Working"));

        var result = new SalesforceMetadataReader().ReadLeadStatuses(Fixture.Utf8(xml), "x/LeadStatus.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.ProcessWithoutConvertedStatus, error.Code);
        Assert.Equal("x/LeadStatus.standardValueSet-meta.xml", error.File);
    }

    [Fact]
    public void ReadLeadStatuses_WithTwoDefaults_FailsPointingAtTheSecondDefaultsLine()
    {
        var xml = Fixture.ValueSet(Fixture.Status("A", isDefault: true) + "\n" + Fixture.Status("B", isDefault: true) + Fixture.Status("C", converted: true));

        var result = new SalesforceMetadataReader().ReadLeadStatuses(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.DefaultValueCount, error.Code);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void ReadLeadStatuses_WithAStatusListedTwice_FailsPointingAtTheSecond()
    {
        var xml = Fixture.ValueSet(Fixture.Status("Open", isDefault: true) + Fixture.Status("Won", converted: true) + "\n" + Fixture.Status("Open"));

        var result = new SalesforceMetadataReader().ReadLeadStatuses(Fixture.Utf8(xml), "LeadStatus.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.DuplicateValue, 5), (error.Code, error.Line));
    }

    [Fact]
    public void ReadLeadSources_Octoforce_KeepsElevenValuesInFileOrder()
    {
        var sources = new SalesforceMetadataReader().ReadLeadSources(Fixture.Path("github-octoforce-actions", "LeadSource.standardValueSet-meta.xml")).Value;

        Assert.Equal(11, sources.Count);
        Assert.Equal(Enumerable.Range(1, 11), sources.Select(s => s.SortOrder));
        Assert.Equal("Advertisement", sources[0].Name);
        Assert.All(sources, s => Assert.True(s.IsActive));
    }
}
