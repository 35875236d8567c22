using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>A duplicate matcher that answers from fixed lists and counts how often it was asked.</summary>
internal sealed class FakeDuplicateMatcher(IReadOnlyList<AccountId>? accounts = null, IReadOnlyList<ContactId>? contacts = null) : IDuplicateMatcher
{
    private int _accountQuestions;
    private int _contactQuestions;

    public int AccountQuestions => _accountQuestions;

    public int ContactQuestions => _contactQuestions;

    public IReadOnlyList<AccountId> FindMatchingAccounts(Lead lead)
    {
        Interlocked.Increment(ref _accountQuestions);
        return accounts ?? [];
    }

    public IReadOnlyList<ContactId> FindMatchingContacts(Lead lead)
    {
        Interlocked.Increment(ref _contactQuestions);
        return contacts ?? [];
    }
}

/// <summary>Shared builders for conversion tests.</summary>
internal static class ConversionTestData
{
    public const string Converted = "Closed - Converted";

    public static readonly DateTimeOffset Now = new(2026, 2, 24, 10, 30, 0, TimeSpan.Zero);

    public static LeadConverter Converter(LeadConverterOptions? options = null, LeadProcess? process = null) =>
        new(process ?? LeadProcess.SalesforceClassic, (options ?? new LeadConverterOptions()) with
        {
            TimeProvider = options?.TimeProvider is FakeTimeProvider fixedTime ? fixedTime : new FakeTimeProvider(Now),
            IdGenerator = options?.IdGenerator is SequentialIdGenerator ids ? ids : new SequentialIdGenerator(),
        });

    public static ConversionRequest Request() => new(Converted);

    /// <summary>A lead with every standard field filled.</summary>
    public static Lead FullLead() => new()
    {
        Id = new LeadId("00Q000000000001"),
        Salutation = "Ms.",
        FirstName = "Ada",
        MiddleName = "Augusta",
        LastName = "Lovelace",
        Suffix = "II",
        Title = "Analyst",
        Company = "Analytical Engines Ltd",
        Email = "ada@engines.example",
        Phone = "+44 20 7946 0000",
        MobilePhone = "+44 7700 900000",
        Fax = "+44 20 7946 0001",
        Website = "engines.example",
        Address = new Address { Street = "12 St James's Square", City = "London", State = "Greater London", PostalCode = "SW1Y 4JH", Country = "UK" },
        Industry = "Engineering",
        AnnualRevenue = 1_250_000m,
        NumberOfEmployees = 42,
        Rating = "Hot",
        LeadSource = "Web",
        Description = "Met at the Royal Society.",
        OwnerId = new OwnerId("005000000000001"),
        CampaignId = new CampaignId("701000000000001"),
        DoNotCall = true,
        HasOptedOutOfEmail = true,
        HasOptedOutOfFax = true,
        Status = "Working - Contacted",
        CustomFields = CustomFields.Empty.With("NumberofLocations__c", "130"),
    };

    public static Account ExistingAccount() => new()
    {
        Id = new AccountId("001EXISTING0001"),
        Name = "Analytical Engines Holding",
        Phone = "+44 20 1111 1111",
        OwnerId = new OwnerId("005OTHEROWNER01"),
    };

    public static Contact ExistingContact(AccountId accountId) => new()
    {
        Id = new ContactId("003EXISTING0001"),
        AccountId = accountId,
        LastName = "Lovelace",
        Email = "countess@lovelace.example",
        LeadSource = "Trade Show",
        OwnerId = new OwnerId("005OTHEROWNER01"),
    };
}
