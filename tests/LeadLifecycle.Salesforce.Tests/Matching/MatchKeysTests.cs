namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The match keys, pinned to the examples of Salesforce Help ("Standard Person Account Matching Rule",
/// "Standard Contact Matching Rule and Standard Lead Matching Rule", "Normalization Criteria for Match Keys").</summary>
public class MatchKeysTests
{
    [Theory]
    [InlineData("Philadelphia", "philad")]
    [InlineData("San Francisco", "sanfra")]
    [InlineData("Rome", "rome")]
    public void CityKey_IsTheFirstSixCharactersWithoutSpaces(string city, string key)
    {
        Assert.Equal(key, MatchKeys.CityKey(MatchText.Words(city)!));
    }

    [Theory]
    [InlineData("10001", "100")]
    [InlineData("94105-1234", "941")]
    public void ZipKey_IsTheFirstThreeDigitsOfAUsZip(string zip, string key)
    {
        Assert.Equal(key, MatchKeys.ZipKey(MatchText.PostalCode(zip)!));
    }

    [Theory]
    [InlineData("Acme Widgets International", "acme widget")]
    [InlineData("Salesforce", "salesf")]
    [InlineData("Umbrella Ltd", "umbrel")]
    public void NameKey_IsCompanyTwoSix(string name, string key)
    {
        Assert.Equal(key, MatchKeys.NameKey(MatchText.Company(name)!));
    }

    [Theory]
    [InlineData("john_doe@us.ibm.com", "johndoe@ibm.com")]
    [InlineData("john_doe@us.salesforce.com", "johndoe@salesforce.com")]
    [InlineData("Rose@Acme.test", "rose@acme.test")]
    public void EmailKey_DropsPunctuationAndSubdomains(string email, string key)
    {
        Assert.Equal(key, MatchKeys.EmailKey(MatchText.Email(email)!));
    }

    [Theory]
    [InlineData("Doe", "t")]
    [InlineData("Benioff", "pnf")]
    public void LastNameKey_GivesSalesforcesDoubleMetaphoneExamples(string lastName, string key)
    {
        Assert.Equal(key, MatchKeys.LastNameKey(MatchText.Words(lastName)!));
    }

    [Theory]
    [InlineData("Gonzalez", "Gonzales", true)]
    [InlineData("Smith", "Smyth", true)]
    [InlineData("Philips", "Phillips", true)]
    [InlineData("Knight", "Night", true)]
    [InlineData("Catherine", "Katherine", true)]
    [InlineData("Smith", "Jones", false)]
    [InlineData("Doe", "Dow", true)]
    [InlineData("Miller", "Muller", true)]
    [InlineData("Baker", "Parker", false)]
    public void LastNameKey_SpellingsThatSoundAlike_ShareTheKey(string a, string b, bool same)
    {
        Assert.Equal(same, MatchKeys.LastNameKey(MatchText.Words(a)!) == MatchKeys.LastNameKey(MatchText.Words(b)!));
    }

    [Fact]
    public void Person_KeysFollowTheStandardContactRulesNotation()
    {
        var person = MatchProfile.Of("Marc", "Benioff", null, null, "marc_b@us.salesforce.com", "1-415-555-1234", null);

        Assert.Equal(["E:marcb@salesforce.com", "D:m:pnf@salesforce.com", "C:m:pnf:sales", "T:m:pnf:415555"], MatchKeys.Person(person, MatchText.Company("Salesforce")));
    }

    [Fact]
    public void Person_WithoutAFirstName_HasOnlyTheEmailKey()
    {
        var person = MatchProfile.Of(null, "Benioff", null, null, "marc@salesforce.com", "1-415-555-1234", null);

        Assert.Equal(["E:marc@salesforce.com"], MatchKeys.Person(person, "salesforce"));
    }

    [Fact]
    public void Account_WithoutCityOrUsZip_HasNoKey()
    {
        var account = MatchProfile.Of(null, null, "Acme", null, null, "415-555-1234", new Address { Street = "1 Market St", PostalCode = "WT15 7TB" });

        Assert.Empty(MatchKeys.Account(account));
    }

    [Fact]
    public void Person_WithAnEmailWithoutDomain_HasNoEmailDomainKey()
    {
        var person = MatchProfile.Of("Marc", "Benioff", null, null, "marc", null, null);

        Assert.Equal(["E:marc@"], MatchKeys.Person(person, null));
    }
}
