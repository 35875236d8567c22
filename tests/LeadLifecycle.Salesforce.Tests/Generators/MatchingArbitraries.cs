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
