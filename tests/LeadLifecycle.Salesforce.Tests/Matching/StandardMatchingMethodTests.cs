using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The field methods of the standard matching rules, pinned to Salesforce Help ("Matching Methods Used with
/// Matching Rules", Knowledge Article 000247089), and each term of the Standard Contact and Lead Matching Rule's
/// equation, one row per term.</summary>
public class StandardMatchingMethodTests
{
    private static readonly Account Acme = new()
    {
        Id = new AccountId("001A"),
        Name = "Acme",
        Phone = "1-415-555-1234",
        BillingAddress = new Address { Street = "1 Market Street", City = "San Francisco", PostalCode = "94105" },
    };

    private static readonly Account AcmeUk = new()
    {
        Id = new AccountId("001U"),
        Name = "AW Computing",
        BillingAddress = new Address { Street = "5 Deansgate", City = "Manchester", PostalCode = "M30 2WZ" },
    };

    private static readonly Contact Rose = new()
    {
        Id = new ContactId("003A"),
        AccountId = Acme.Id,
        FirstName = "Rose",
        LastName = "Gonzalez",
        Title = "VP Sales",
        Email = "rose@acme.test",
        Phone = "415-555-0199",
        MailingAddress = new Address { Street = "12 Oak Avenue", City = "Austin", PostalCode = "73301" },
    };

    private static readonly SalesforceDuplicateMatcher Matcher = new([Acme, AcmeUk], [Rose]);

    [Theory]
    [InlineData("1-415-555-1234", "1-415-555-5678", true)] // Salesforce's example: all sections but the last 4 digits agree, score 90
    [InlineData("(415) 555-1234", "+1 415 555 9999", true)] // a missing country code counts as 1
    [InlineData("415-555-1234", "415-555-1234", true)]
    [InlineData("415-555-1234", "212-555-1234", false)] // area code differs: at most 50
    [InlineData("415-555-1234", "415-556-1234", false)] // next 3 digits differ: at most 70
    [InlineData("+44 20 7946 0958", "+44 20 7946 0958", true)] // other numbers: every digit
    [InlineData("+44 20 7946 0958", "+44 20 7946 0000", false)]
    [InlineData("415-555-1234", null, false)]
    public void FuzzyPhone_ScoresBySections_MatchingFrom80(string? a, string? b, bool match)
    {
        Assert.Equal(match, MatchText.PhonesMatch(MatchText.Phone(a), MatchText.Phone(b)));
    }

    [Fact]
    public void FindMatchingAccounts_NameAndAPhoneDifferingInTheLastFourDigits_Matches()
    {
        var lead = new Lead { Company = "Acme", LastName = "Doe", Phone = "1-415-555-5678", Address = new Address { PostalCode = "94105" } };

        Assert.Equal([Acme.Id], Matcher.FindMatchingAccounts(lead));
    }

    [Fact]
    public void FindMatchingAccounts_NameCityAndTheSameAlphanumericPostalCode_DoesNotMatch()
    {
        // Knowledge Article 000247089: fuzzy ZIP matching supports US ZIP codes only.
        var lead = new Lead { Company = "AW Computing", LastName = "Doe", Address = new Address { City = "Manchester", PostalCode = "M30 2WZ" } };

        Assert.Empty(Matcher.FindMatchingAccounts(lead));
    }

    [Theory]
    [InlineData("94105", "94105")]
    [InlineData("94105-1234", "94105")]
    [InlineData(" 941051234 ", "94105")]
    [InlineData("94105 1234", "94105")]
    [InlineData("M30 2WZ", null)]
    [InlineData("WT15 7TB", null)]
    [InlineData("9410", null)]
    [InlineData("94105-12", null)]
    [InlineData("1234AB", null)]
    [InlineData(null, null)]
    public void PostalCode_IsTheFiveDigitUsZip_OrNothing(string? text, string? zip)
    {
        Assert.Equal(zip, MatchText.PostalCode(text));
    }

    [Theory]
    [InlineData("vp sales", "vp of sales", 73)] // Salesforce's Edit Distance example
    [InlineData("austin", "austin", 100)]
    [InlineData("san francisco", "san fransisco", 92)]
    [InlineData("abc", "xyz", 0)]
    public void EditDistanceScore_MatchesSalesforcesExample(string a, string b, int score)
    {
        Assert.Equal(score, MatchText.EditDistanceScore(a, b));
    }

    [Theory]
    [InlineData("san francisco", "san fransisco", true)]
    [InlineData("san francisco", "san francisco", true)]
    [InlineData("austin", "boston", false)]
    [InlineData("san francisco", "san fran", false)]
    public void FuzzyCity_IsExactOrAnEditDistanceScoreOfAtLeast85(string a, string b, bool match)
    {
        Assert.Equal(match, MatchText.CityMatches(a, b));
    }

    /// <summary>One row per term of the documented equation; each lead satisfies that term only (other company, other
    /// fields blank or different). The street terms share the match key of the email domain (another address at
    /// acme.test), since without a shared key the rule never compares the records.</summary>
    [Theory]
    [InlineData("title and account name", "Acme", "VP Sales", null, null, null, null, null)]
    [InlineData("email", "Other", null, "rose@acme.test", null, null, null, null)]
    [InlineData("phone and account name", "Acme", null, null, "415-555-0199", null, null, null)]
    [InlineData("mailing street and city", "Other", null, "rose.g@acme.test", null, "12 Oak Ave", "Austin", null)]
    [InlineData("mailing street and ZIP", "Other", null, "rose.g@acme.test", null, "12 Oak Ave", null, "73301")]
    [InlineData("mailing street and phone", "Other", null, null, "415-555-0100", "12 Oak Ave", null, null)]
    [InlineData("mailing street and title", "Other", "VP Sales", "rose.g@acme.test", null, "12 Oak Ave", null, null)]
    [InlineData("title and email", "Other", "VP Sales", "rose@acme.test", null, null, null, null)]
    [InlineData("phone (same area code and next 3 digits)", "Other", null, null, "+1 415 555 7777", null, null, null)]
    public void FindMatchingContacts_EachTermOfTheStandardContactRule_Matches(string term, string company, string? title, string? email, string? phone, string? street, string? city, string? zip)
    {
        var lead = new Lead
        {
            FirstName = "Rose",
            LastName = "Gonzalez",
            Company = company,
            Title = title,
            Email = email,
            Phone = phone,
            Address = new Address { Street = street, City = city, PostalCode = zip },
        };

        Assert.True(Matcher.FindMatchingContacts(lead).SequenceEqual([Rose.Id]), term);
    }

    [Theory]
    [InlineData("mailing street alone", "Other", null, "12 Oak Ave", null)]
    [InlineData("title without account name or email", "Other", "VP Sales", null, null)]
    [InlineData("account name alone", "Acme", null, null, null)]
    [InlineData("street and another city", "Other", null, "12 Oak Ave", "Boston")]
    public void FindMatchingContacts_WithoutAWholeTerm_DoesNotMatch(string term, string company, string? title, string? street, string? city)
    {
        var lead = new Lead { FirstName = "Rose", LastName = "Gonzalez", Company = company, Title = title, Address = new Address { Street = street, City = city } };

        Assert.True(Matcher.FindMatchingContacts(lead).Count == 0, term);
    }
}
