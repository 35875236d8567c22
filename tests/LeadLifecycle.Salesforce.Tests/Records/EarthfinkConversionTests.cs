using System.Globalization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Salesforce.Tests.Support;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The earthfink export holds the same 22 leads after a real conversion run in Salesforce (on 2026-02-24),
/// with the records it produced. The library, converting the same leads on the same day, must produce what Salesforce
/// did; fields edited after the conversion (the opportunities' stages and amounts) are not compared.</summary>
public class EarthfinkConversionTests
{
    private const string Folder = "earthfink1982-salesforce-in-powerbi";

    private static IReadOnlyDictionary<string, string> Row(string file, string id) =>
        CsvTable.Read(Fixture.Path(Folder, file)).Single(r => r["Id"] == id);

    private static string? Text(IReadOnlyDictionary<string, string> row, string column) =>
        row[column] is { Length: > 0 } value ? value : null;

    private static IEnumerable<(Lead Converted, LeadConversion Conversion)> ConvertAgain()
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            TimeProvider = new FixedTimeProvider(new DateTimeOffset(2026, 2, 24, 2, 15, 0, TimeSpan.Zero)),
            IdGenerator = new SequentialIdGenerator(),
            EnableTelemetry = false,
        });
        foreach (var converted in new LeadRecordReader().ReadCsv(Fixture.Path(Folder, "Lead.csv")).Imported.Where(l => l.IsConverted))
        {
            // The lead as it was before Salesforce converted it.
            var before = converted with
            {
                IsConverted = false, ConvertedDate = null, ConvertedAccountId = null, ConvertedContactId = null,
                ConvertedOpportunityId = null, Status = "Working - Contacted",
            };
            var result = converter.Convert(before, new ConversionRequest("Closed - Converted"));
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
            yield return (converted, result.Value);
        }
    }

    [Fact]
    public void ConvertedLeads_GiveTheAccountsSalesforceProduced()
    {
        var pairs = ConvertAgain().ToArray();

        Assert.Equal(5, pairs.Length);
        foreach (var (converted, conversion) in pairs)
        {
            var account = Row("Account.csv", converted.ConvertedAccountId!.Value.Value);
            Assert.Equal(account["Name"], conversion.Account.Name);
            Assert.Equal(Text(account, "Industry"), conversion.Account.Industry);
            Assert.Equal(Text(account, "AnnualRevenue") is { } revenue ? decimal.Parse(revenue, CultureInfo.InvariantCulture) : null, conversion.Account.AnnualRevenue);
        }
    }

    [Fact]
    public void ConvertedLeads_GiveTheContactsSalesforceProduced()
    {
        foreach (var (converted, conversion) in ConvertAgain())
        {
            var contact = Row("Contact.csv", converted.ConvertedContactId!.Value.Value);
            Assert.Equal(
                (Text(contact, "FirstName"), contact["LastName"], Text(contact, "Phone"), Text(contact, "Email"), Text(contact, "Title"), Text(contact, "LeadSource")),
                (conversion.Contact.FirstName, conversion.Contact.LastName, conversion.Contact.Phone, conversion.Contact.Email, conversion.Contact.Title, conversion.Contact.LeadSource));
            Assert.Equal(conversion.Account.Id, conversion.Contact.AccountId);
        }
    }

    [Fact]
    public void ConvertedLeads_GiveOpportunitiesWithTheLeadSourceAndTheEndOfTheQuarterAsCloseDate()
    {
        foreach (var (converted, conversion) in ConvertAgain())
        {
            var opportunity = Row("Opportunity.csv", converted.ConvertedOpportunityId!.Value.Value);
            Assert.Equal(Text(opportunity, "LeadSource"), conversion.Opportunity!.LeadSource);
            Assert.Equal(conversion.Account.Id, conversion.Opportunity.AccountId);
            Assert.Equal(new DateOnly(2026, 3, 31), conversion.Opportunity.CloseDate);
            Assert.Equal(new DateOnly(2026, 2, 24), conversion.Lead.ConvertedDate);
        }
    }

    [Fact]
    public void ConversionResults_WrittenForDataLoader_ReadBackToTheSameLeadsAndRecords()
    {
        var conversions = ConvertAgain().Select(p => p.Conversion).ToArray();
        var folder = Directory.CreateTempSubdirectory().FullName;

        ConversionResultWriter.WriteDataLoaderFiles(conversions, folder);

        var leads = new LeadRecordReader().ReadCsv(Path.Combine(folder, "Lead.csv"));
        // Data Loader files carry no Version: an import reads every record as not yet versioned (0).
        Assert.Equal(conversions.Select(c => c.Lead with { Version = 0 }), leads.Imported);
        var accounts = CsvTable.Read(Path.Combine(folder, "Account.csv"));
        Assert.Equal(conversions.Select(c => c.Account.Name), accounts.Select(a => a["Name"]));
        var contacts = CsvTable.Read(Path.Combine(folder, "Contact.csv"));
        Assert.Equal(conversions.Select(c => c.Account.Id.Value), contacts.Select(c => c["AccountId"]));
        var opportunities = CsvTable.Read(Path.Combine(folder, "Opportunity.csv"));
        Assert.All(opportunities, o => Assert.Equal(("Prospecting", "10", "Pipeline", "2026-03-31"), (o["StageName"], o["Probability"], o["ForecastCategoryName"], o["CloseDate"])));
        Directory.Delete(folder, recursive: true);
    }
}
