using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Salesforce.Tests.Support;
using LeadLifecycle.Testing;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>An id generator that gives every account the same id, as a faulty one would.</summary>
internal sealed class RepeatingAccountIdGenerator : IIdGenerator
{
    private readonly SequentialIdGenerator _others = new();

    public LeadId NewLeadId() => _others.NewLeadId();

    public AccountId NewAccountId() => new("001SAMEID000001");

    public ContactId NewContactId() => _others.NewContactId();

    public OpportunityId NewOpportunityId() => _others.NewOpportunityId();
}

public sealed class ConversionResultWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory().FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LeadConverter Converter(IIdGenerator? ids = null) => new(LeadProcess.SalesforceClassic, new LeadConverterOptions
    {
        TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 2, 24, 10, 0, 0, TimeSpan.Zero)),
        IdGenerator = ids ?? new SequentialIdGenerator(),
        AllowPersonAccountLeads = true,
    });

    private static Lead Lead(int i, string? company = "Acme") => new()
    {
        Id = new LeadId($"00Q00000000000{i}"), FirstName = "Ada", LastName = $"Lovelace{i}", Company = company,
        Email = $"ada{i}@example.com", Status = "Working - Contacted", CustomFields = CustomFields.Empty.With("Hobby__c", "chess"),
    };

    private static ConversionRequest Request() => new("Closed - Converted");

    private string[] Lines(string file) => File.ReadAllLines(Path.Combine(_folder, file));

    [Fact]
    public void WriteDataLoaderFiles_WhenTheIdGeneratorRepeatsAnAccountId_ThrowsNamingItAndWritesNothing()
    {
        var converter = Converter(new RepeatingAccountIdGenerator());
        var conversions = Enumerable.Range(1, 3).Select(i => converter.Convert(Lead(i), Request()).Value).ToArray();

        var error = Assert.Throws<ArgumentException>(() => ConversionResultWriter.WriteDataLoaderFiles(conversions, _folder));

        Assert.Contains("001SAMEID000001", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void WriteAccounts_WithTwoDifferentAccountsOfOneId_Throws()
    {
        var account = new Account { Id = new AccountId("001A"), Name = "Acme" };

        var error = Assert.Throws<ArgumentException>(() => ConversionResultWriter.WriteAccounts([account, account with { Phone = "1" }], new StringWriter()));

        Assert.Contains("'001A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDataLoaderFiles_LeadsMergedOneAfterAnotherIntoOneAccount_GiveOneAccountRow()
    {
        var converter = Converter();
        var account = new Account { Id = new AccountId("001EXISTING0001"), Name = "Acme" };
        var conversions = new List<LeadConversion>();
        foreach (var i in new[] { 1, 2, 3 })
        {
            var conversion = converter.Convert(Lead(i) with { Phone = $"+1 555 000{i}" }, Request() with { ExistingAccount = account }).Value;
            account = conversion.Account;
            conversions.Add(conversion);
        }

        // The earlier results hold earlier versions of the account: write the latest one with every lead.
        ConversionResultWriter.WriteDataLoaderFiles(conversions.Select(c => c with { Account = account }), _folder);

        Assert.Equal(2, Lines("Account.csv").Length);
        Assert.Equal(4, Lines("Contact.csv").Length);
    }

    [Fact]
    public void WriteDataLoaderFiles_WritesPersonAccountsToTheirOwnFileWithTheRecordType()
    {
        var converter = Converter();
        var conversions = new[] { converter.Convert(Lead(1), Request()).Value, converter.Convert(Lead(2, company: null), Request()).Value };

        ConversionResultWriter.WriteDataLoaderFiles(conversions, _folder, new DataLoaderFileOptions { PersonAccountRecordTypeId = "012000000000PA1" });

        var person = CsvTable.Read(Path.Combine(_folder, "PersonAccount.csv")).Single();
        Assert.Equal(("012000000000PA1", "Ada", "Lovelace2", "ada2@example.com"), (person["RecordTypeId"], person["FirstName"], person["LastName"], person["PersonEmail"]));
        Assert.False(person.ContainsKey("Name"));
        Assert.Equal("Acme", Assert.Single(CsvTable.Read(Path.Combine(_folder, "Account.csv")))["Name"]);
        var contact = Assert.Single(CsvTable.Read(Path.Combine(_folder, "Contact.csv")));
        Assert.Equal("Lovelace1", contact["LastName"]);
        Assert.Equal(2, CsvTable.Read(Path.Combine(_folder, "Opportunity.csv")).Count);
    }

    [Fact]
    public void WriteDataLoaderFiles_WithoutARecordType_WritesThePlaceholder()
    {
        ConversionResultWriter.WriteDataLoaderFiles([Converter().Convert(Lead(1, company: null), Request()).Value], _folder);

        Assert.Equal(ConversionResultWriter.PersonAccountRecordTypePlaceholder, CsvTable.Read(Path.Combine(_folder, "PersonAccount.csv")).Single()["RecordTypeId"]);
    }

    [Fact]
    public void WritePersonAccounts_WritesCustomContactFieldsAsPersonFields()
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            AllowPersonAccountLeads = true,
            FieldMapping = LeadFieldMapping.SalesforceStandard.With("Hobby__c", ConversionTarget.Contact, "Hobby__c"),
        });
        var account = converter.Convert(Lead(1, company: null), Request()).Value.Account;
        var output = new StringWriter();

        ConversionResultWriter.WritePersonAccounts([account], output, "012000000000PA1");

        Assert.Contains("Hobby__pc", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAccounts_WithAPersonAccount_ThrowsNamingTheOtherMethod()
    {
        var account = Converter().Convert(Lead(1, company: null), Request()).Value.Account;

        Assert.Contains("WritePersonAccounts", Assert.Throws<ArgumentException>(() => ConversionResultWriter.WriteAccounts([account], new StringWriter())).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ForecastCategory.BestCase, "Best Case")]
    [InlineData(ForecastCategory.Commit, "Commit")]
    [InlineData(ForecastCategory.MostLikely, "Most Likely")]
    [InlineData(ForecastCategory.Closed, "Closed")]
    [InlineData(ForecastCategory.Pipeline, "Pipeline")]
    public void WriteOpportunities_WritesTheForecastCategoryNamePicklistValue(ForecastCategory category, string expected)
    {
        var output = new StringWriter();

        ConversionResultWriter.WriteOpportunities([new Opportunity { Id = new OpportunityId("006A"), Name = "Deal", ForecastCategory = category }], output);

        Assert.Equal(expected, CsvTable.Parse(output.ToString()).Single()["ForecastCategoryName"]);
    }
}
