namespace LeadLifecycle.Salesforce.Tests;

public class LeadRecordFixtureTests
{
    private readonly LeadRecordReader _reader = new();

    [Fact]
    public void ReadDataTree_LasfdgLeads_LoadsAllTwentyTwoCompletely()
    {
        var result = _reader.ReadDataTree(Fixture.Path("LASFDG-data-loader-examples", "treeapi_Lead.json"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(22, result.Imported.Count);
        var akin = result.Imported[0];
        Assert.Equal(("Kristen", "Akin", "Aethna Home Products", "Working - Contacted"), (akin.FirstName, akin.LastName, akin.Company, akin.Status));
        Assert.Equal("VA", akin.Address?.State);
        Assert.Equal("130", akin.CustomFields.Get("NumberofLocations__c"));
        Assert.Equal("Pending", akin.CustomFields.Get("CleanStatus"));
        Assert.Contains("NumberofLocations__c", result.CustomFieldColumns);
        Assert.Equal([3, 28], result.Lines.Take(2));
    }

    [Fact]
    public void ReadDataTree_LasfdgLeads_KeepsConvertedStatusesWithoutTheConvertedFlag()
    {
        var result = _reader.ReadDataTree(Fixture.Path("LASFDG-data-loader-examples", "treeapi_Lead.json"));

        var closedConverted = result.Imported.Where(l => l.Status == "Closed - Converted").ToArray();
        Assert.Equal(["Rogers", "Stumuller", "Young"], closedConverted.Select(l => l.LastName));
        Assert.All(closedConverted, l => Assert.False(l.IsConverted));
    }

    [Fact]
    public void ReadDataTree_LasfdgLeads_AreAllInStatusesOfTheClassicLeadProcess()
    {
        var result = _reader.ReadDataTree(Fixture.Path("LASFDG-data-loader-examples", "treeapi_Lead.json"));

        Assert.All(result.Imported, l => Assert.NotNull(LeadLifecycle.Leads.LeadProcess.SalesforceClassic.FindStatus(l.Status)));
    }

    [Fact]
    public void ReadCsv_DataCloudLeadsCheckedAgainstTheClassicProcess_ReportsEveryStatusItLacks()
    {
        var reader = new LeadRecordReader(RecordImportOptions.Default, LeadLifecycle.Leads.LeadProcess.SalesforceClassic);

        var result = reader.ReadCsv(Fixture.Path("SFDC-Assets-data-cloud-workshop", "Lead.csv"));

        Assert.DoesNotContain(result.Imported, l => l.Status.Length > 0);
        var errors = result.Errors.Cast<RecordFieldError>().ToArray();
        Assert.Equal(60, errors.Length);
        Assert.All(errors, e => Assert.Equal("Status", e.Column));
        Assert.Contains(errors, e => e.Value == "Qualified");
    }

    [Fact]
    public void ReadDataTree_EasySpacesLeads_LoadsAllElevenCompletely()
    {
        var result = _reader.ReadDataTree(Fixture.Path("trailheadapps-easy-spaces-lwc", "Leads.json"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(11, result.Imported.Count);
        Assert.Equal("446 Glendale Place", result.Imported[0].Address?.Street);
        Assert.Empty(result.CustomFieldColumns);
    }

    [Fact]
    public void ReadCsv_EasySpacesLeads_LoadsAllElevenCompletely()
    {
        var result = _reader.ReadCsv(Fixture.Path("trailheadapps-easy-spaces-lwc", "Lead_Data.csv"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(11, result.Imported.Count);
        Assert.Equal("Founder, CTO", result.Imported[2].Title);
        Assert.Equal("Open - Not Contacted", result.Imported[0].Status);
    }

    [Fact]
    public void ReadCsv_DataCloudWorkshopLeads_LoadsAllSixtyWithTheByteOrderMarkAndCompoundAddress()
    {
        var result = _reader.ReadCsv(Fixture.Path("SFDC-Assets-data-cloud-workshop", "Lead.csv"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(60, result.Imported.Count);
        var first = result.Imported[0];
        Assert.Equal(new LeadId("00QEc00000BBaeXMAT"), first.Id);
        Assert.Equal("East Kellyburgh", first.Address?.City);
        Assert.Equal(new DateTimeOffset(2024, 1, 22, 20, 36, 47, TimeSpan.Zero), first.CreatedAt);
        Assert.False(first.IsConverted);
        Assert.Equal("1", first.CustomFields.Get("IsUnreadByOwner"));
        Assert.Equal(["Name"], result.IgnoredColumns);
    }

    [Fact]
    public void ReadCsv_EarthfinkLeads_ReadsUsDatesAndUpperCaseBooleans()
    {
        var result = _reader.ReadCsv(Fixture.Path("earthfink1982-salesforce-in-powerbi", "Lead.csv"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(22, result.Imported.Count);
        var converted = result.Imported.Where(l => l.IsConverted).ToArray();
        Assert.Equal(["Boxer", "Glimpse", "Mcclure", "Dadio Jr", "Bair"], converted.Select(l => l.LastName));
        Assert.All(converted, l => Assert.Equal(new DateOnly(2026, 2, 24), l.ConvertedDate));
        Assert.Equal(new AccountId("001bm00001ZM1LyAAL"), converted[0].ConvertedAccountId);
        Assert.Equal(900750000m, converted[0].AnnualRevenue);
        Assert.Equal("02/24/26 02:18 AM", converted[0].CustomFields.Get("LastModifiedDate"));
    }
}
