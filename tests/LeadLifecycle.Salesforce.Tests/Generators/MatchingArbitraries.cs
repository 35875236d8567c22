using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Generated accounts and the leads matched against them.</summary>
/// <param name="Accounts">The accounts the matcher indexes.</param>
/// <param name="Leads">The leads matched against them.</param>
public sealed record GeneratedMatchSet(Account[] Accounts, Lead[] Leads)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Accounts.Length} accounts [{string.Join("; ", Accounts.Select(a => $"{a.Id.Value} {a.Name}/{Describe(a.BillingAddress)}/{a.Phone}"))}], " +
        $"leads [{string.Join("; ", Leads.Select(l => $"{l.Company}/{Describe(l.Address)}/{l.Phone}"))}]";

    private static string Describe(Address? address) => $"{address?.Street}/{address?.City}/{address?.PostalCode}";
}

/// <summary>Accounts and leads drawn from small pools of names, streets, cities, ZIP codes and phones, so that match
/// keys are shared and matches happen often: cities spelled alike in their first six letters and not, ZIP codes sharing
/// their first three digits and not, a UK postcode, and blanks.</summary>
public static class MatchingArbitraries
{
    private static readonly string?[] Names = ["Acme", "ACME Inc.", "Acme Corp", "Acme Widgets", "Apex", "Globex GmbH", "Globex", "International Business Machines", "IBM", "Initech", "Umbrella Ltd"];
    private static readonly string?[] Streets = ["1 Market Street", "1 Market St", "2 Market St", "10 Main Road", "10 Main Rd", null];
    private static readonly string?[] Cities = ["Austin", "austin", "Boston", "San Francisco", "San Fransisco", "Sn Francisco", null, null];
    private static readonly string?[] Zips = ["94105", "94107", "94105-1234", "10001", "M30 2WZ", null, null];
    private static readonly string?[] Phones = ["415-555-0100", "(415) 555 0199", "212-555-0100", null];

    /// <summary>Sets of accounts and leads that often share names and places.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedMatchSet> MatchSets()
    {
        var address = from street in Gen.Elements(Streets)
                      from city in Gen.Elements(Cities)
                      from zip in Gen.Elements(Zips)
                      select new Address { Street = street, City = city, PostalCode = zip };
        var account = from name in Gen.Elements(Names)
                      from phone in Gen.Elements(Phones)
                      from place in address
                      select new Account { Name = name!, Phone = phone, BillingAddress = place };
        var lead = from name in Gen.Elements(Names.Append(null).ToArray())
                   from phone in Gen.Elements(Phones)
                   from place in address
                   select new Lead { LastName = "Doe", Company = name, Phone = phone, Address = place, Status = "Open" };
        return (from accounts in account.ArrayOf()
                from leads in lead.ArrayOf()
                select new GeneratedMatchSet([.. accounts.Select((a, i) => a with { Id = new AccountId($"001{i:D4}") })], leads)).ToArbitrary();
    }
}

/// <summary>Generated accounts, their contacts and the leads matched against them.</summary>
/// <param name="Accounts">The accounts the contacts belong to.</param>
/// <param name="Contacts">The contacts the matcher indexes.</param>
/// <param name="Leads">The leads matched against them.</param>
public sealed record GeneratedPersonSet(Account[] Accounts, Contact[] Contacts, Lead[] Leads)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"contacts [{string.Join("; ", Contacts.Select(c => $"{c.Id.Value} {c.FirstName} {c.LastName}/{c.AccountId?.Value}/{c.Title}/{c.Email}/{c.Phone}/{c.MailingAddress?.Street}/{c.MailingAddress?.City}"))}], " +
        $"leads [{string.Join("; ", Leads.Select(l => $"{l.FirstName} {l.LastName}/{l.Company}/{l.Title}/{l.Email}/{l.Phone}/{l.Address?.Street}/{l.Address?.City}"))}]";
}

/// <summary>People drawn from small pools of names (spelling variants and transpositions included), titles, emails,
/// phones, companies and places, so that contacts and leads share match keys and match often.</summary>
public static class PersonMatchingArbitraries
{
    private static readonly string?[] FirstNames = ["Rose", "R", "Rosa", "Gonzalez", "Ada", null];
    private static readonly string[] LastNames = ["Gonzalez", "Gonzales", "Rose", "Lovelace", "Smith", "Smyth"];
    private static readonly string?[] Titles = ["VP Sales", "VP of Sales", null];
    private static readonly string?[] Emails = ["rose@acme.test", "rose.g@acme.test", "rose@us.acme.test", "ada@globex.test", null];
    private static readonly string?[] Phones = ["415-555-0199", "1 (415) 555-7777", "212-555-0100", null];
    private static readonly string?[] Companies = ["Acme", "Acme Inc.", "Globex", "Other", null];
    private static readonly string?[] Streets = ["12 Oak Avenue", "12 Oak Ave", "3 Elm St", null];
    private static readonly string?[] Cities = ["Austin", "Boston", null];

    /// <summary>Sets of contacts and leads that often share names, emails, phones and companies.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedPersonSet> PersonSets()
    {
        var accounts = new[] { new Account { Id = new AccountId("001A"), Name = "Acme" }, new Account { Id = new AccountId("001G"), Name = "Globex" } };
        var address = from street in Gen.Elements(Streets)
                      from city in Gen.Elements(Cities)
                      select new Address { Street = street, City = city };
        var contact = from first in Gen.Elements(FirstNames)
                      from last in Gen.Elements(LastNames)
                      from account in Gen.Elements<AccountId?>(accounts[0].Id, accounts[1].Id, null)
                      from title in Gen.Elements(Titles)
                      from email in Gen.Elements(Emails)
                      from phone in Gen.Elements(Phones)
                      from place in address
                      select new Contact { FirstName = first, LastName = last, AccountId = account, Title = title, Email = email, Phone = phone, MailingAddress = place };
        var lead = from first in Gen.Elements(FirstNames)
                   from last in Gen.Elements(LastNames)
                   from company in Gen.Elements(Companies)
                   from title in Gen.Elements(Titles)
                   from email in Gen.Elements(Emails)
                   from phone in Gen.Elements(Phones)
                   from place in address
                   select new Lead { FirstName = first, LastName = last, Company = company, Title = title, Email = email, Phone = phone, Address = place, Status = "Open" };
        return (from contacts in contact.ArrayOf()
                from leads in lead.ArrayOf()
                select new GeneratedPersonSet(accounts, [.. contacts.Select((c, i) => c with { Id = new ContactId($"003{i:D4}") })], leads)).ToArbitrary();
    }
}
