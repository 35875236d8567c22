using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The standard matching rules (Salesforce Help: Standard Account Matching Rule; Standard Contact Matching Rule
/// and Standard Lead Matching Rule), pinned one clause per test.</summary>
public class SalesforceDuplicateMatcherTests
{
    private static readonly Account Acme = new()
    {
        Id = new AccountId("001A"),
        Name = "Acme, Inc.",
        Phone = "+1 (415) 555-0100",
        BillingAddress = new Address { Street = "1 Market Street", City = "San Francisco", PostalCode = "94105-1234" },
    };

    private static readonly Account Ibm = new() { Id = new AccountId("001B"), Name = "International Business Machines", BillingAddress = new Address { Street = "1 New Orchard Road" } };

    private static readonly Contact Rose = new()
    {
        Id = new ContactId("003A"),
        AccountId = Acme.Id,
        FirstName = "Rose",
        LastName = "González",
        Title = "VP Sales",
        Email = "rose@acme.test",
        Phone = "415-555-0199",
        MailingAddress = new Address { Street = "12 Oak Avenue", City = "Austin" },
    };

    private static readonly SalesforceDuplicateMatcher Matcher = new([Acme, Ibm], [Rose]);

    private static Lead Lead(string? company = null, string? first = null, string last = "Doe", string? phone = null, string? email = null, string? title = null, Address? address = null) =>
        new() { Company = company, FirstName = first, LastName = last, Phone = phone, Email = email, Title = title, Address = address, Status = "Open - Not Contacted" };

    [Theory]
    [InlineData("ACME Inc", "1 Market St", null, null, null)]
    [InlineData("Acme Corporation", null, "San Francisco", "94105", null)]
    [InlineData("acme", null, null, null, "4155550100")]
    public void FindMatchingAccounts_NameAndStreetOrCityAndZipOrPhone_Match(string company, string? street, string? city, string? zip, string? phone)
    {
        var lead = Lead(company, phone: phone, address: new Address { Street = street, City = city, PostalCode = zip });

        Assert.Equal([Acme.Id], Matcher.FindMatchingAccounts(lead));
    }

    [Theory]
    [InlineData("Acme", null, "San Francisco", null)]
    [InlineData("Acme", null, null, "94105")]
    [InlineData("Apex", "1 Market Street", null, null)]
    [InlineData(null, "1 Market Street", "San Francisco", "94105")]
    public void FindMatchingAccounts_WithoutAWholeClauseOrWithABlankName_DoesNotMatch(string? company, string? street, string? city, string? zip)
    {
        var lead = Lead(company, address: new Address { Street = street, City = city, PostalCode = zip });

        Assert.Empty(Matcher.FindMatchingAccounts(lead));
    }

    [Fact]
    public void FindMatchingAccounts_ByAcronym_Matches()
    {
        Assert.Equal([Ibm.Id], Matcher.FindMatchingAccounts(Lead("IBM", address: new Address { Street = "1 New Orchard Rd" })));
    }

    [Theory]
    [InlineData("Rose", "Gonzalez", null, "rose@acme.test", null)]
    [InlineData("Gonzalez", "Rose", null, "ROSE@acme.test", null)]
    [InlineData(null, "Gonzalez", null, "rose@acme.test", null)]
    [InlineData("R", "Gonzalez", "(415) 555-0199", null, null)]
    [InlineData("Rose", "Gonzales", null, null, "VP Sales")]
    public void FindMatchingContacts_PerClauseOfTheStandardContactRule_Matches(string? first, string last, string? phone, string? email, string? title)
    {
        var lead = Lead("Acme", first, last, phone, email, title);

        Assert.Equal([Rose.Id], Matcher.FindMatchingContacts(lead));
    }

    [Theory]
    [InlineData("Rose", "Gonzalez", null, null, "VP Sales", "Other Corp")]
    [InlineData("Rose", "Gonzalez", null, null, null, "Acme")]
    [InlineData("Maria", "Gonzalez", "415-555-0199", null, null, "Acme")]
    [InlineData(null, "Gonzalez", "415-555-0199", null, null, "Acme")]
    public void FindMatchingContacts_WithoutAWholeClause_DoesNotMatch(string? first, string last, string? phone, string? email, string? title, string company)
    {
        Assert.Empty(Matcher.FindMatchingContacts(Lead(company, first, last, phone, email, title)));
    }

    [Fact]
    public void FindMatchingContacts_ByStreetAndCity_Matches()
    {
        var lead = Lead("Anything", "Rose", "Gonzalez", address: new Address { Street = "12 Oak Ave", City = "austin" });

        Assert.Equal([Rose.Id], Matcher.FindMatchingContacts(lead));
    }

    [Fact]
    public void FindMatchingLeads_FindsTheOtherLeadButNotTheLeadItself()
    {
        var first = Lead("Acme", "Ada", "Lovelace", email: "ada@acme.test") with { Id = new LeadId("00Q1") };
        var second = Lead("Acme", "Ada", "Lovelace", email: "ada@acme.test") with { Id = new LeadId("00Q2") };
        var matcher = new SalesforceDuplicateMatcher([], [], [first, second]);

        Assert.Equal([second.Id], matcher.FindMatchingLeads(first));
    }

    [Fact]
    public void Converter_WithTheMatcherOverImportedRecords_RefusesADuplicateAccountAndContact()
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { DuplicateMatcher = Matcher, EnableTelemetry = false });
        var lead = Lead("Acme Inc.", "Rose", "Gonzalez", email: "rose@acme.test", address: new Address { Street = "1 Market St" }) with { Status = "Working - Contacted" };

        var result = converter.Convert(lead, new ConversionRequest("Closed - Converted"));

        Assert.True(result.HasError<DuplicatesDetectedError>(), string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Property(Arbitrary = new[] { typeof(MatchingArbitraries) }, MaxTest = 200)]
    public void FindMatchingAccounts_FindsOnlyWhatTheScanFinds_AndEveryScanMatchOfTheSameName(GeneratedMatchSet set)
    {
        var matcher = new SalesforceDuplicateMatcher(set.Accounts, []);
        foreach (var lead in set.Leads)
        {
            var indexed = matcher.FindMatchingAccounts(lead);
            var scanned = matcher.ScanAccounts(lead);

            Assert.Subset(scanned.ToHashSet(), indexed.ToHashSet());
            var sameName = set.Accounts.Where(a => MatchText.Company(a.Name) == MatchText.Company(lead.Company)).Select(a => a.Id).ToHashSet();
            Assert.Subset(indexed.ToHashSet(), scanned.Where(sameName.Contains).ToHashSet());
        }
    }
}

/// <summary>Accounts and leads drawn from small pools of names, streets, cities and phones, so that matches happen.</summary>
public sealed record GeneratedMatchSet(Account[] Accounts, Lead[] Leads)
{
    public override string ToString() => $"{Accounts.Length} accounts [{string.Join("; ", Accounts.Select(a => $"{a.Name}/{a.BillingAddress?.Street}/{a.Phone}"))}], leads [{string.Join("; ", Leads.Select(l => $"{l.Company}/{l.Address?.Street}/{l.Phone}"))}]";
}

public static class MatchingArbitraries
{
    private static readonly string[] Names = ["Acme", "ACME Inc.", "Acme Corp", "Acme Widgets", "Apex", "Globex GmbH", "Globex", "International Business Machines", "IBM", "Initech", "Umbrella Ltd"];
    private static readonly string[] Streets = ["1 Market Street", "1 Market St", "2 Market St", "10 Main Road", "10 Main Rd"];
    private static readonly string[] Cities = ["Austin", "Boston", "austin"];
    private static readonly string[] Phones = ["415-555-0100", "(415) 555 0100", "212-555-0100"];

    public static Arbitrary<GeneratedMatchSet> MatchSets()
    {
        var address = from street in Gen.Elements(Streets.Append(null).ToArray())
                      from city in Gen.Elements(Cities.Append(null).ToArray())
                      from zip in Gen.Elements("94105", "10001", null)
                      select new Address { Street = street, City = city, PostalCode = zip };
        var account = from i in Gen.Choose(0, 999)
                      from name in Gen.Elements(Names)
                      from phone in Gen.Elements(Phones.Append(null).ToArray())
                      from place in address
                      select new Account { Id = new AccountId($"001{i:D4}"), Name = name, Phone = phone, BillingAddress = place };
        var lead = from name in Gen.Elements(Names.Append(null).ToArray())
                   from phone in Gen.Elements(Phones.Append(null).ToArray())
                   from place in address
                   select new Lead { LastName = "Doe", Company = name, Phone = phone, Address = place, Status = "Open" };
        return (from accounts in account.ArrayOf()
                from leads in lead.ArrayOf()
                select new GeneratedMatchSet(accounts, leads)).ToArbitrary();
    }
}
