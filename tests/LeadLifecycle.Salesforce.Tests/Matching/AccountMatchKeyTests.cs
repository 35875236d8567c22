using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>When the Standard Account Matching Rule can fire at all: only for records with an account name and a
/// billing city or a US ZIP code, because its match keys are Company (2,6) + City (1,6) and Company (2,6) + ZIP (1,3)
/// (Salesforce Knowledge Articles 000386375 and 000247089; Salesforce Help, "How Match Keys Are Generated and Used in
/// Matching Rules").</summary>
public class AccountMatchKeyTests
{
    private static readonly Account Acme = new()
    {
        Id = new AccountId("001A"),
        Name = "Acme",
        Phone = "1-415-555-1234",
        BillingAddress = new Address { Street = "1 Market Street", City = "San Francisco", PostalCode = "94105" },
    };

    private static readonly Account AcmeWithoutPlace = new()
    {
        Id = new AccountId("001N"),
        Name = "Acme",
        Phone = "1-415-555-1234",
        BillingAddress = new Address { Street = "1 Market Street" },
    };

    private static readonly Account AwComputing = new()
    {
        Id = new AccountId("001U"),
        Name = "AW Computing",
        BillingAddress = new Address { Street = "5 Deansgate", City = "Manchester", PostalCode = "M30 2WZ" },
    };

    private static Lead Lead(string company, string? street = null, string? city = null, string? zip = null, string? phone = null) =>
        new() { Company = company, LastName = "Doe", Phone = phone, Address = new Address { Street = street, City = city, PostalCode = zip } };

    [Fact]
    public void FindMatchingAccounts_SameNameAndStreet_NoCityOrZip_DoesNotMatch()
    {
        var matcher = new SalesforceDuplicateMatcher([AcmeWithoutPlace], []);

        Assert.Empty(matcher.FindMatchingAccounts(Lead("Acme", street: "1 Market Street")));
    }

    [Fact]
    public void FindMatchingAccounts_SameNameAndPhone_NoCityOrZip_DoesNotMatch()
    {
        var matcher = new SalesforceDuplicateMatcher([AcmeWithoutPlace], []);

        Assert.Empty(matcher.FindMatchingAccounts(Lead("Acme", phone: "1-415-555-1234")));
    }

    [Theory]
    [InlineData("1 Market Street", null)]
    [InlineData(null, "415-555-1234")]
    public void FindMatchingAccounts_LeadWithoutCityOrZip_DoesNotMatchAnAccountThatHasThem(string? street, string? phone)
    {
        var matcher = new SalesforceDuplicateMatcher([Acme], []);

        Assert.Empty(matcher.FindMatchingAccounts(Lead("Acme", street, phone: phone)));
    }

    [Fact]
    public void FindMatchingAccounts_AccountWithoutCityOrZip_IsNotFoundByALeadThatHasThem()
    {
        var matcher = new SalesforceDuplicateMatcher([AcmeWithoutPlace], []);

        Assert.Empty(matcher.FindMatchingAccounts(Lead("Acme", "1 Market Street", "San Francisco", "94105", "1-415-555-1234")));
    }

    [Fact]
    public void FindMatchingAccounts_SameNameCityAndStreet_Matches()
    {
        var matcher = new SalesforceDuplicateMatcher([Acme], []);

        Assert.Equal([Acme.Id], matcher.FindMatchingAccounts(Lead("Acme", "1 Market St", "San Francisco")));
    }

    [Fact]
    public void FindMatchingAccounts_SameNameUsZipAndPhone_Matches()
    {
        var matcher = new SalesforceDuplicateMatcher([Acme], []);

        Assert.Equal([Acme.Id], matcher.FindMatchingAccounts(Lead("Acme", zip: "94105-0001", phone: "(415) 555-1234")));
    }

    [Fact]
    public void FindMatchingAccounts_ZipSharingTheFirstThreeDigits_IsACandidate_AndTheEquationDecides()
    {
        var matcher = new SalesforceDuplicateMatcher([Acme], []);

        // 94107 shares ZIP (1,3) "941" with 94105: the phone term matches; City AND ZIP would need the same ZIP.
        Assert.Equal([Acme.Id], matcher.FindMatchingAccounts(Lead("Acme", zip: "94107", phone: "415-555-9999")));
        Assert.Empty(matcher.FindMatchingAccounts(Lead("Acme", city: "San Francisco", zip: "94107")));
    }

    [Fact]
    public void FindMatchingAccounts_NameStreetAndTheSameUkPostcodeOnly_DoesNotMatch()
    {
        // Knowledge Article 000247089: only US ZIP codes match, so a UK postcode gives no ZIP key either.
        var matcher = new SalesforceDuplicateMatcher([AwComputing], []);

        Assert.Empty(matcher.FindMatchingAccounts(Lead("AW Computing", "5 Deansgate", zip: "M30 2WZ")));
        Assert.Equal([AwComputing.Id], matcher.FindMatchingAccounts(Lead("AW Computing", "5 Deansgate", "Manchester", "M30 2WZ")));
    }

    [Fact]
    public void FindMatchingAccounts_CitySpelledDifferentlyInItsFirstSixLetters_IsNotACandidate()
    {
        // Documented approximation: "Sn Francisco" passes Fuzzy: City (edit-distance score 92) but its City (1,6) key
        // "snfran" differs from "sanfra", so the rule never compares the two.
        var lead = Lead("Acme", "1 Market Street", "Sn Francisco");
        var matcher = new SalesforceDuplicateMatcher([Acme], []);

        Assert.True(MatchText.CityMatches(MatchText.Words("Sn Francisco"), MatchText.Words("San Francisco")));
        Assert.Empty(matcher.FindMatchingAccounts(lead));
        Assert.Equal([Acme.Id], matcher.FindMatchingAccounts(lead with { Address = lead.Address! with { City = "San Fransisco" } }));
    }

    [Fact]
    public void FindMatchingAccounts_ByAcronymWithACity_Matches_InBothDirections()
    {
        var ibm = new Account { Id = new AccountId("001I"), Name = "IBM", BillingAddress = new Address { Street = "1 New Orchard Road", City = "Armonk" } };
        var longName = new Account { Id = new AccountId("001L"), Name = "International Business Machines", BillingAddress = new Address { Street = "1 New Orchard Road", City = "Armonk" } };

        Assert.Equal([ibm.Id], new SalesforceDuplicateMatcher([ibm], []).FindMatchingAccounts(Lead("International Business Machines Corp", "1 New Orchard Rd", "Armonk")));
        Assert.Equal([longName.Id], new SalesforceDuplicateMatcher([longName], []).FindMatchingAccounts(Lead("IBM", "1 New Orchard Rd", "Armonk")));
    }
}
