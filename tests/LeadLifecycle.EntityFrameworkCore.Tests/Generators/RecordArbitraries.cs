using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.EntityFrameworkCore.Tests.Generators;

/// <summary>Records with every kind of value the mapping stores: nulls and empties, non-ASCII and quote-laden text,
/// edge amounts and dates, empty and filled custom fields, addresses and campaign memberships, any version.</summary>
public static class RecordArbitraries
{
    private static readonly string[] Texts = ["Ada", "Zoë O'Brien", "\"quoted\", with comma", "アクメ", "line\nbreak", " padded "];

    public static Gen<string?> Text() =>
        Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>(string.Empty)), (4, Gen.Elements(Texts).Select(t => (string?)t)));

    public static Gen<long> Versions() => Gen.Elements(0L, 1L, 2L, 77L, long.MaxValue);

    public static Gen<Address?> Addresses() => Gen.Elements<Address?>(
        null,
        new Address(),
        new Address { City = "Tallahassee", State = "FL" },
        new Address { Street = "1 Main St\nSuite 2", City = "Zürich", PostalCode = "8001", Country = "Switzerland", CountryCode = "CH" });

    public static Gen<CustomFields> Customs() =>
        from score in Text()
        from region in Text()
        select CustomFields.Empty.With("Score__c", score).With("Region__c", region);

    public static Gen<CampaignMemberships> Memberships() => Gen.Elements(
        CampaignMemberships.Empty,
        [new CampaignMembership(new CampaignId("701A"), new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(2)))]);

    public static Gen<DateTimeOffset?> Times() => Gen.Elements<DateTimeOffset?>(
        null, new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.Zero), new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5)));

    public static Gen<decimal?> Money() => Gen.Elements<decimal?>(null, 0m, 123.45m, -0.01m, 9_999_999_999_999_999.99m);

    public static Gen<Lead> Leads() =>
        from id in Gen.Choose(1, 99_999)
        from first in Text()
        from last in Gen.Elements(Texts)
        from company in Text()
        from email in Text()
        from address in Addresses()
        from revenue in Money()
        from employees in Gen.Elements<int?>(null, 0, int.MaxValue)
        from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005OWNER"))
        from campaign in Gen.Elements<CampaignId?>(null, new CampaignId("701C"))
        from flags in Gen.Choose(0, 15)
        from custom in Customs()
        from memberships in Memberships()
        from created in Times()
        from signal in Times()
        from version in Versions()
        select new Lead
        {
            Id = new LeadId($"00Q{id:D6}"), FirstName = first, LastName = last, Company = company, Email = email, Address = address,
            AnnualRevenue = revenue, NumberOfEmployees = employees, OwnerId = owner, CampaignId = campaign,
            DoNotCall = (flags & 1) != 0, HasOptedOutOfEmail = (flags & 2) != 0, IsConverted = (flags & 4) != 0,
            ConvertedDate = (flags & 4) != 0 ? new DateOnly(2026, 2, 28) : null,
            ConvertedAccountId = (flags & 4) != 0 ? new AccountId("001CONV") : null,
            ConvertedOpportunityId = (flags & 8) != 0 ? new OpportunityId("006CONV") : null,
            Status = "Working - Contacted", CustomFields = custom, CampaignMemberships = memberships,
            CreatedAt = created, InterestShownAt = signal, Version = version,
        };

    public static Gen<Account> Accounts() =>
        from id in Gen.Choose(1, 99_999)
        from name in Gen.Elements(Texts)
        from billing in Addresses()
        from mailing in Addresses()
        from revenue in Money()
        from person in Gen.Elements(true, false)
        from custom in Customs()
        from version in Versions()
        select new Account
        {
            Id = new AccountId($"001{id:D6}"), Name = name, BillingAddress = billing, AnnualRevenue = revenue,
            IsPersonAccount = person, PersonContactId = person ? new ContactId($"003P{id:D6}") : null,
            PersonMailingAddress = person ? mailing : null, PersonDoNotCall = person, CustomFields = custom, Version = version,
        };

    public static Gen<Contact> Contacts() =>
        from id in Gen.Choose(1, 99_999)
        from first in Text()
        from last in Gen.Elements(Texts)
        from mailing in Addresses()
        from custom in Customs()
        from version in Versions()
        select new Contact
        {
            Id = new ContactId($"003{id:D6}"), AccountId = new AccountId("001A"), FirstName = first, LastName = last,
            MailingAddress = mailing, HasOptedOutOfFax = true, CustomFields = custom, Version = version,
        };

    public static Gen<Opportunity> Opportunities() =>
        from id in Gen.Choose(1, 99_999)
        from amount in Money()
        from stages in Gen.Choose(0, 4)
        from category in Gen.Elements(Enum.GetValues<ForecastCategory>())
        from custom in Customs()
        from version in Versions()
        let start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero)
        let history = OpportunityHistory.Create([.. Enumerable.Range(0, stages).Select(i =>
            new OpportunityHistoryEntry(start.AddDays(i), i % 2 == 0 ? "Prospecting" : "Needs Analysis", 10 * i, category, amount, new DateOnly(2026, 6, 30)))])
        select new Opportunity
        {
            Id = new OpportunityId($"006{id:D6}"), Name = "Deal " + id, AccountId = new AccountId("001A"), Amount = amount,
            CloseDate = new DateOnly(2026, 6, 30), Stage = "Prospecting", Probability = 10, ForecastCategory = category,
            LossReason = null, CustomFields = custom, History = history, Version = version,
        };

    public static Arbitrary<Lead> LeadArbitrary() => Leads().ToArbitrary();

    public static Arbitrary<Account> AccountArbitrary() => Accounts().ToArbitrary();

    public static Arbitrary<Contact> ContactArbitrary() => Contacts().ToArbitrary();

    public static Arbitrary<Opportunity> OpportunityArbitrary() => Opportunities().ToArbitrary();
}
