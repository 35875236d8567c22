using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Generators;

/// <summary>One custom mapping rule in plain data: a lead field to a custom field of a target.</summary>
/// <param name="LeadField">The lead field (standard or custom).</param>
/// <param name="Target">The target record.</param>
public sealed record CustomMappingSpec(string LeadField, ConversionTarget Target);

/// <summary>A conversion to try: the lead, the request's options and extra custom mapping rules, in plain data.</summary>
public sealed record ConversionCase(
    Lead Lead,
    Account? ExistingAccount,
    Contact? ExistingContact,
    bool DoNotCreateOpportunity,
    bool OverwriteLeadSource,
    string? OpportunityName,
    OwnerId? RequestOwner,
    CustomMappingSpec[] CustomMappings,
    bool PersonAccounts = false)
{
    public const string ConvertedStatus = "Closed - Converted";

    public ConversionRequest Request() => new(ConvertedStatus)
    {
        ExistingAccount = ExistingAccount,
        ExistingContact = ExistingContact,
        DoNotCreateOpportunity = DoNotCreateOpportunity,
        OverwriteLeadSource = OverwriteLeadSource,
        OpportunityName = OpportunityName,
        OwnerId = RequestOwner,
    };

    /// <summary>The standard mapping plus the custom rules; each custom rule writes its own target field.</summary>
    public LeadFieldMapping Mapping()
    {
        var mapping = LeadFieldMapping.SalesforceStandard;
        for (var i = 0; i < CustomMappings.Length; i++)
        {
            mapping = mapping.With(CustomMappings[i].LeadField, CustomMappings[i].Target, $"Mapped{i}__c");
        }

        return mapping;
    }
}

/// <summary>FsCheck generators for lead conversion; every conversion property uses these.</summary>
public static class ConversionArbitraries
{
    private static readonly string[] CustomLeadFields = ["Score__c", "Region__c", "Tier__c"];

    private static readonly string[] MappableToCustom =
        ["Company", "Phone", "Title", "LeadSource", "AnnualRevenue", "NumberOfEmployees", "OwnerId", "CampaignId", "PartnerAccountId", "DoNotCall", .. CustomLeadFields];

    public static Gen<string?> Text(params string[] values) =>
        Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>(string.Empty)), (5, Gen.Elements(values).Select(v => (string?)v)));

    public static Gen<Address?> Addresses() => Gen.Elements<Address?>(
        null,
        new Address(),
        new Address { City = "Tallahassee", State = "FL" },
        new Address { Street = "1 Main St", City = "Springfield", PostalCode = "12345", Country = "US" },
        new Address { City = "Toronto", State = "Ontario", StateCode = "ON", Country = "Canada", CountryCode = "CA" });

    public static Gen<CustomFields> Customs() =>
        from score in Text("42", "7")
        from region in Text("EMEA", "APAC")
        from tier in Text("Gold")
        select CustomFields.Empty.With("Score__c", score).With("Region__c", region).With("Tier__c", tier);

    public static Gen<CampaignMemberships> Memberships() => Gen.Elements(
        CampaignMemberships.Empty,
        [new CampaignMembership(new CampaignId("701MEMBER000001"), new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))],
        [new CampaignMembership(new CampaignId("701MEMBER000002"), new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero)),
         new CampaignMembership(new CampaignId("701MEMBER000001"), new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))]);

    /// <summary>Stored versions: unversioned (0), small, and the largest, which wraps on the next change.</summary>
    public static Gen<long> Versions() => Gen.Elements(0L, 1L, 2L, 41L, long.MaxValue);

    public static Gen<Lead> Leads() =>
        from id in Gen.Choose(1, 999_999)
        from first in Text("Ada", "Grace", "Zoë")
        from last in Gen.Elements("Lovelace", "Hopper", "O'Brien")
        from company in Gen.Elements("Acme", "Globex", "Farmers Coop. of Florida")
        from title in Text("CFO", "VP, Facilities")
        from email in Text("ada@example.com", "x+tag@sub.example.org")
        from phone in Text("(850) 644-4200", "+44 20 7946 0000")
        from mobile in Text("+44 7700 900000")
        from fax in Text("(850) 644-4201")
        from website in Text("example.com")
        from address in Addresses()
        from industry in Text("Agriculture", "Apparel")
        from revenue in Gen.Elements<decimal?>(null, 0m, 900_750_000m, 123.45m)
        from employees in Gen.Elements<int?>(null, 0, 9000)
        from rating in Text("Hot", "Cold")
        from source in Text("Web", "Phone Inquiry", "Purchased List")
        from description in Text("Met at the fair.")
        from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005LEADOWNER001"))
        from campaign in Gen.Elements<CampaignId?>(null, new CampaignId("701CAMPAIGN0001"))
        from partner in Gen.Elements<AccountId?>(null, new AccountId("001PARTNER00001"))
        from flags in Gen.Choose(0, 7)
        from status in Gen.Elements("Open - Not Contacted", "Working - Contacted", "Closed - Not Converted")
        from custom in Customs()
        from memberships in Memberships()
        from companyLocal in Text("アクメ")
        from firstLocal in Text("エイダ")
        from lastLocal in Text("ラブレス")
        from version in Versions()
        select new Lead
        {
            Version = version,
            Id = new LeadId($"00Q{id:D6}"),
            FirstName = first, LastName = last, Company = company, Title = title, Email = email, Phone = phone,
            MobilePhone = mobile, Fax = fax, Website = website, Address = address, Industry = industry,
            AnnualRevenue = revenue, NumberOfEmployees = employees, Rating = rating, LeadSource = source,
            Description = description, OwnerId = owner, CampaignId = campaign, PartnerAccountId = partner,
            DoNotCall = (flags & 1) != 0, HasOptedOutOfEmail = (flags & 2) != 0, HasOptedOutOfFax = (flags & 4) != 0,
            Status = status, CustomFields = custom,
            CampaignMemberships = memberships, CompanyLocal = companyLocal, FirstNameLocal = firstLocal, LastNameLocal = lastLocal,
        };

    public static Gen<Account> Accounts() =>
        from name in Gen.Elements("Existing Corp", "Acme Holding")
        from phone in Text("(111) 111-1111")
        from website in Text("existing.example")
        from address in Addresses()
        from revenue in Gen.Elements<decimal?>(null, 5m)
        from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005ACCOUNTOWNR1"))
        from custom in Gen.Elements(CustomFields.Empty, CustomFields.Empty.With("Mapped0__c", "kept"))
        from version in Versions()
        select new Account { Version = version, Id = new AccountId("001EXISTING0001"), Name = name, Phone = phone, Website = website, BillingAddress = address, AnnualRevenue = revenue, OwnerId = owner, CustomFields = custom };

    public static Gen<Contact> Contacts(AccountId accountId) =>
        from first in Text("Existing")
        from email in Text("existing@example.com")
        from source in Text("Trade Show")
        from title in Text("CEO")
        from flags in Gen.Choose(0, 7)
        from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005CONTACTOWNR1"))
        from version in Versions()
        select new Contact
        {
            Version = version,
            Id = new ContactId("003EXISTING0001"), AccountId = accountId, FirstName = first, LastName = "Existing", Email = email,
            LeadSource = source, Title = title, OwnerId = owner,
            DoNotCall = (flags & 1) != 0, HasOptedOutOfEmail = (flags & 2) != 0, HasOptedOutOfFax = (flags & 4) != 0,
        };

    /// <summary>Existing person accounts: the person's fields on the account, some empty, some set.</summary>
    public static Gen<Account> PersonAccounts() =>
        from first in Text("Existing")
        from email in Text("existing@example.com")
        from source in Text("Trade Show")
        from phone in Text("(111) 111-1111")
        from title in Text("CEO")
        from address in Addresses()
        from flags in Gen.Choose(0, 7)
        from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005ACCOUNTOWNR1"))
        from custom in Gen.Elements(CustomFields.Empty, CustomFields.Empty.With("Mapped0__pc", "kept"), CustomFields.Empty.With("Mapped1__c", "kept"))
        from version in Versions()
        select new Account
        {
            Version = version,
            Id = new AccountId("001PERSON000001"), IsPersonAccount = true, PersonContactId = new ContactId("003PERSON000001"),
            FirstName = first, LastName = "Existing", Name = string.IsNullOrEmpty(first) ? "Existing" : first + " Existing",
            PersonEmail = email, PersonLeadSource = source, PersonTitle = title, Phone = phone,
            PersonMailingAddress = address, BillingAddress = address, OwnerId = owner, CustomFields = custom,
            PersonDoNotCall = (flags & 1) != 0, PersonHasOptedOutOfEmail = (flags & 2) != 0, PersonHasOptedOutOfFax = (flags & 4) != 0,
        };

    /// <summary>Person-account conversions: a lead without a company, into a new or an existing person account.</summary>
    public static Gen<ConversionCase> PersonAccountCases() =>
        from valid in BusinessCases()
        from company in Gen.Elements<string?>(null, string.Empty, "  ")
        from linkAccount in Gen.Elements(true, false)
        from account in PersonAccounts()
        select valid with
        {
            Lead = valid.Lead with { Company = company },
            ExistingAccount = linkAccount ? account : null,
            ExistingContact = null,
            OverwriteLeadSource = valid.OverwriteLeadSource && linkAccount,
            PersonAccounts = true,
        };

    public static Gen<CustomMappingSpec[]> CustomMappings() =>
        (from field in Gen.Elements(MappableToCustom)
         from target in Gen.Elements(ConversionTarget.Account, ConversionTarget.Contact, ConversionTarget.Opportunity)
         select new CustomMappingSpec(field, target)).ArrayOf().Select(a => a.Take(6).ToArray());

    /// <summary>Conversions whose request keeps every rule: business accounts mostly, person accounts a fifth of the time.</summary>
    public static Gen<ConversionCase> ValidCases() => Gen.Frequency((4, BusinessCases()), (1, PersonAccountCases()));

    /// <summary>Business-account conversions whose request keeps every rule.</summary>
    public static Gen<ConversionCase> BusinessCases() =>
        from lead in Leads()
        from linkAccount in Gen.Elements(true, false)
        from account in Accounts()
        from linkContact in Gen.Elements(true, false)
        from contact in Contacts(account.Id)
        from noOpportunity in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from overwrite in Gen.Elements(true, false)
        from name in Gen.Elements<string?>(null, "Big deal")
        from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005REQUESTOWNR1"))
        from mappings in CustomMappings()
        select new ConversionCase(
            lead,
            linkAccount ? account : null,
            linkAccount && linkContact ? contact : null,
            noOpportunity,
            overwrite && linkAccount && linkContact,
            noOpportunity ? null : name,
            owner,
            mappings);

    /// <summary>Conversions that may break any rule of the request.</summary>
    public static Gen<ConversionCase> AnyCases() =>
        from valid in ValidCases()
        from contactElsewhere in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from overwrite in Gen.Elements(true, false)
        from name in Gen.Elements<string?>(null, "Deal", new string('n', 81))
        from company in Gen.Elements<string?>(valid.Lead.Company, null, new string('c', 121))
        from noOpportunity in Gen.Elements(true, false)
        select valid with
        {
            ExistingContact = contactElsewhere ? new Contact { Id = new ContactId("003ELSEWHERE001"), LastName = "Elsewhere", AccountId = new AccountId("001ELSEWHERE001") } : valid.ExistingContact,
            OverwriteLeadSource = overwrite,
            OpportunityName = name,
            DoNotCreateOpportunity = noOpportunity,
            Lead = valid.Lead with { Company = company },
        };

    public static Arbitrary<ConversionCase> ValidCaseArbitrary() => ValidCases().ToArbitrary();

    public static Arbitrary<Lead> LeadArbitrary() => Leads().ToArbitrary();
}

/// <summary>Marks a property parameter as a conversion that may break rules.</summary>
public static class AnyConversionArbitraries
{
    public static Arbitrary<ConversionCase> AnyCaseArbitrary() => ConversionArbitraries.AnyCases().ToArbitrary();
}
