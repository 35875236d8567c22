using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Salesforce.Tests.Support;
using LeadLifecycle.Testing;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Accounts, contacts and opportunities from the LASFDG <c>sf data tree</c> files and the earthfink Data Loader CSVs.</summary>
public class AccountContactOpportunityTests
{
    private const string Lasfdg = "LASFDG-data-loader-examples";
    private const string Earthfink = "earthfink1982-salesforce-in-powerbi";

    [Fact]
    public void ReadDataTree_LasfdgAccounts_LoadsAllTwelveCompletely()
    {
        var result = new AccountRecordReader().ReadDataTree(Fixture.Path(Lasfdg, "treeapi_Account.json"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(12, result.Imported.Count);
        Assert.All(result.Imported, a => Assert.False(string.IsNullOrEmpty(a.Name)));
        Assert.Contains(result.Imported, a => a.BillingAddress?.City is not null);
    }

    [Fact]
    public void ReadDataTree_LasfdgContacts_LoadsAllTwentyCompletely()
    {
        var result = new ContactRecordReader().ReadDataTree(Fixture.Path(Lasfdg, "treeapi_Contact.json"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(20, result.Imported.Count);
        var barr = result.Imported[0];
        Assert.Equal(("Tim", "Barr", "barr_tim@grandhotels.com", "External Referral"), (barr.FirstName, barr.LastName, barr.Email, barr.LeadSource));
        Assert.Equal("English", barr.CustomFields.Get("Languages__c"));
    }

    [Fact]
    public void ReadDataTree_LasfdgOpportunities_LoadThirtyOneAgainstTheDefaultProcessAndSummarise()
    {
        var result = new OpportunityRecordReader(SalesProcess.SalesforceDefault).ReadDataTree(Fixture.Path(Lasfdg, "treeapi_Opportunity.json"));

        Assert.True(result.IsComplete, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(31, result.Imported.Count);
        var won = result.Imported.Where(o => o.Stage == "Closed Won").ToArray();
        Assert.Equal(18, won.Length);
        Assert.All(won, o => Assert.Equal((true, true, 100, ForecastCategory.Closed), (o.IsClosed, o.IsWon, o.Probability, o.ForecastCategory)));

        var summary = PipelineSummary.Create(SalesProcess.SalesforceDefault, result.Imported);
        Assert.Equal(18, summary.ByStage["Closed Won"].Count);
        Assert.Equal(result.Imported.Sum(o => o.Amount ?? 0), summary.Total.Amount);
    }

    [Fact]
    public void ReadCsv_EarthfinkOpportunitiesWithTheirHistory_GiveEveryOpportunityItsRowsOldestFirst()
    {
        var reader = new OpportunityRecordReader(SalesProcess.SalesforceDefault);

        var opportunities = reader.ReadCsv(Fixture.Path(Earthfink, "Opportunity.csv"));
        var history = reader.ReadHistoryCsv(Fixture.Path(Earthfink, "OpportunityHistory.csv"));
        var withHistory = OpportunityRecordReader.WithHistory(opportunities.Imported, history.Imported);

        Assert.True(opportunities.IsComplete, string.Join("\n", opportunities.Errors.Select(e => e.Message)));
        Assert.True(history.IsComplete, string.Join("\n", history.Errors.Select(e => e.Message)));
        Assert.Equal(36, withHistory.Count);
        Assert.Equal(48, withHistory.Sum(o => o.History.Count));
        Assert.All(withHistory.Where(o => o.History.Count > 1), o => Assert.True(o.History.Zip(o.History.Skip(1)).All(p => p.First.ChangedAt <= p.Second.ChangedAt)));
        var dickenson = withHistory.Single(o => o.Id == new OpportunityId("006bm00000LKJNNAA5"));
        Assert.Equal(("Qualification", 10, ForecastCategory.Pipeline, 15000m), (dickenson.History[0].Stage, dickenson.History[0].Probability, dickenson.History[0].ForecastCategory, dickenson.History[0].Amount));
        var summary = PipelineSummary.Create(SalesProcess.SalesforceDefault, withHistory);
        Assert.Equal((12, 8), (summary.ByStage["Closed Won"].Count, summary.ByStage["Closed Lost"].Count));
    }

    [Fact]
    public void ReadCsv_OpportunityWithAStageTheProcessLacks_IsRejectedWithTheStagesListed()
    {
        using var text = new StringReader("Name,StageName,CloseDate\nDeal,Discovery,2026-01-31\nOther,Prospecting,2026-01-31\n");

        var result = new OpportunityRecordReader(SalesProcess.SalesforceDefault).ReadCsv(text, "Opportunity.csv");

        var error = Assert.IsType<RecordFieldError>(Assert.Single(result.Errors));
        Assert.Equal((1, "StageName", "Discovery"), (error.Row, error.Column, error.Value));
        Assert.Contains("Prospecting", error.Message, StringComparison.Ordinal);
        Assert.Equal("Other", Assert.Single(result.Imported).Name);
    }

    [Theory]
    [InlineData("Best Case", ForecastCategory.BestCase)]
    [InlineData("BestCase", ForecastCategory.BestCase)]
    [InlineData("Commit", ForecastCategory.Commit)]
    [InlineData("Forecast", ForecastCategory.Commit)]
    [InlineData("Most Likely", ForecastCategory.MostLikely)]
    [InlineData("", ForecastCategory.Pipeline)]
    public void ReadCsv_OpenOpportunityForecastCategory_IsReadByNameOrLabel(string written, ForecastCategory expected)
    {
        using var text = new StringReader($"Name,StageName,CloseDate,Forecast Category,Probability (%)\nDeal,Negotiation/Review,2026-01-31,{written},85%\n");

        var deal = Assert.Single(new OpportunityRecordReader(SalesProcess.SalesforceDefault).ReadCsv(text, "Opportunity.csv").Imported);

        Assert.Equal((expected, 85), (deal.ForecastCategory, deal.Probability));
    }

    [Theory]
    [InlineData("Closed Won,true,false,100,Closed", "IsWon")]
    [InlineData("Closed Won,false,true,100,Closed", "IsClosed")]
    [InlineData("Closed Won,true,true,50,Closed", "Probability")]
    [InlineData("Closed Lost,true,false,0,Commit", "ForecastCategoryName")]
    public void ReadCsv_ClosedOpportunityDisagreeingWithItsStage_IsRejectedOnThatColumn(string values, string column)
    {
        using var text = new StringReader($"Name,StageName,IsClosed,IsWon,Probability,ForecastCategoryName,CloseDate\nDeal,{values},2026-01-31\n");

        var result = new OpportunityRecordReader(SalesProcess.SalesforceDefault).ReadCsv(text, "Opportunity.csv");

        Assert.Equal(column, Assert.IsType<RecordFieldError>(Assert.Single(result.Errors)).Column);
    }

    [Fact]
    public void ReadCsv_EarthfinkAccountsAndContacts_LoadCompletelyAndALeadConvertsIntoTheImportedRecords()
    {
        var accounts = new AccountRecordReader().ReadCsv(Fixture.Path(Earthfink, "Account.csv"));
        var contacts = new ContactRecordReader().ReadCsv(Fixture.Path(Earthfink, "Contact.csv"));
        Assert.True(accounts.IsComplete && contacts.IsComplete, string.Join("\n", accounts.Errors.Concat(contacts.Errors).Select(e => e.Message)));
        Assert.Equal((18, 25), (accounts.Imported.Count, contacts.Imported.Count));
        var rose = contacts.Imported.Single(c => c.LastName == "Gonzalez" && c.FirstName == "Rose");
        var edge = accounts.Imported.Single(a => a.Id == rose.AccountId);
        Assert.Equal(("Edge Communications", "Austin"), (edge.Name, edge.BillingAddress?.City));
        Assert.Null(rose.CustomFields.Get("Name"));

        var lead = new Lead { LastName = "Gonzalez", FirstName = "Rose", Company = "Edge Communications", Status = "Working - Contacted", Title = "CFO" };
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { IdGenerator = new SequentialIdGenerator(), EnableTelemetry = false });
        var conversion = converter.Convert(lead, new ConversionRequest("Closed - Converted") { ExistingAccount = edge, ExistingContact = rose });

        Assert.True(conversion.IsSuccess, string.Join("; ", conversion.Errors.Select(e => e.Message)));
        Assert.Equal((edge.Id, rose.Id), (conversion.Value.Account.Id, conversion.Value.Contact.Id));
        Assert.Equal((edge.Id, rose.Id), (conversion.Value.Lead.ConvertedAccountId, conversion.Value.Lead.ConvertedContactId));
    }

    [Fact]
    public void ReadDataTree_AContactFileReadAsAccounts_RejectsEveryRecordAsAnotherType()
    {
        var result = new AccountRecordReader().ReadDataTree(Fixture.Path(Lasfdg, "treeapi_Contact.json"));

        Assert.Equal(20, result.Records.Count);
        Assert.All(result.Errors, e => Assert.IsType<MalformedRecordError>(e));
        Assert.Empty(result.Imported);
    }
}
