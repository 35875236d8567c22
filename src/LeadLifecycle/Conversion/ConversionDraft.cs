using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>The fields of the three records while a conversion fills them: a struct on the stack, so mapping a lead
/// allocates nothing before the final records are built.</summary>
internal struct ConversionDraft
{
    public AccountDraft Account;
    public ContactDraft Contact;
    public OpportunityDraft Opportunity;
    public bool HasOpportunity;
    public bool OverwriteLeadSource;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public readonly bool Allows(ConversionTarget target, bool newRecordsOnly) => target switch
    {
        ConversionTarget.Account => !newRecordsOnly || Account.IsNew,
        ConversionTarget.Contact => !newRecordsOnly || Contact.IsNew,
        _ => HasOpportunity && (!newRecordsOnly || Opportunity.IsNew),
    };
}

/// <summary>The mapped fields of an account under construction.</summary>
internal struct AccountDraft
{
    public bool IsNew;
    public string? Name;
    public Address? BillingAddress;
    public string? Phone;
    public string? Fax;
    public string? Website;
    public string? Industry;
    public decimal? AnnualRevenue;
    public int? NumberOfEmployees;
    public string? Rating;
    public string? AccountSource;
    public OwnerId? OwnerId;
    public string? Description;
    public string? NameLocal;
    public CustomFields CustomFields;

    public static void From(Account? existing, out AccountDraft draft)
    {
        if (existing is null)
        {
            draft = default;
            draft.IsNew = true;
            draft.CustomFields = CustomFields.Empty;
            return;
        }

        draft = new AccountDraft
        {
            Name = existing.Name,
            BillingAddress = existing.BillingAddress,
            Phone = existing.Phone,
            Fax = existing.Fax,
            Website = existing.Website,
            Industry = existing.Industry,
            AnnualRevenue = existing.AnnualRevenue,
            NumberOfEmployees = existing.NumberOfEmployees,
            Rating = existing.Rating,
            AccountSource = existing.AccountSource,
            OwnerId = existing.OwnerId,
            Description = existing.Description,
            NameLocal = existing.NameLocal,
            CustomFields = existing.CustomFields,
        };
    }

    public readonly Account ToAccount(AccountId id, long version) => new()
    {
        Id = id,
        Version = version,
        Name = Name ?? string.Empty,
        BillingAddress = BillingAddress,
        Phone = Phone,
        Fax = Fax,
        Website = Website,
        Industry = Industry,
        AnnualRevenue = AnnualRevenue,
        NumberOfEmployees = NumberOfEmployees,
        Rating = Rating,
        AccountSource = AccountSource,
        OwnerId = OwnerId,
        Description = Description,
        NameLocal = NameLocal,
        CustomFields = CustomFields,
    };

    /// <summary>A person account: the account's own fields, then the person's from the contact behind it; the
    /// shared fields the contact also has (phone, fax, description) fill the account's where it has none.</summary>
    public readonly Account ToPersonAccount(AccountId id, Contact person, long version)
    {
        var account = ToAccount(id, version);
        return account with
        {
            Name = person.Name,
            IsPersonAccount = true,
            PersonContactId = person.Id,
            Salutation = person.Salutation,
            FirstName = person.FirstName,
            MiddleName = person.MiddleName,
            LastName = person.LastName,
            Suffix = person.Suffix,
            FirstNameLocal = person.FirstNameLocal,
            LastNameLocal = person.LastNameLocal,
            PersonTitle = person.Title,
            PersonEmail = person.Email,
            PersonMobilePhone = person.MobilePhone,
            PersonMailingAddress = person.MailingAddress,
            PersonLeadSource = person.LeadSource,
            PersonDoNotCall = person.DoNotCall,
            PersonHasOptedOutOfEmail = person.HasOptedOutOfEmail,
            PersonHasOptedOutOfFax = person.HasOptedOutOfFax,
            Phone = string.IsNullOrEmpty(account.Phone) ? person.Phone : account.Phone,
            Fax = string.IsNullOrEmpty(account.Fax) ? person.Fax : account.Fax,
            Description = string.IsNullOrEmpty(account.Description) ? person.Description : account.Description,
            CustomFields = PersonFields.Merge(account.CustomFields, person.CustomFields),
        };
    }
}

/// <summary>The mapped fields of a contact under construction.</summary>
internal struct ContactDraft
{
    public bool IsNew;
    public string? Salutation;
    public string? FirstName;
    public string? MiddleName;
    public string? LastName;
    public string? Suffix;
    public string? Title;
    public string? Email;
    public string? Phone;
    public string? MobilePhone;
    public string? Fax;
    public Address? MailingAddress;
    public string? LeadSource;
    public string? Description;
    public bool DoNotCall;
    public bool HasOptedOutOfEmail;
    public bool HasOptedOutOfFax;
    public OwnerId? OwnerId;
    public string? FirstNameLocal;
    public string? LastNameLocal;
    public CustomFields CustomFields;

    public static void From(Contact? existing, out ContactDraft draft)
    {
        if (existing is null)
        {
            draft = default;
            draft.IsNew = true;
            draft.CustomFields = CustomFields.Empty;
            return;
        }

        draft = new ContactDraft
        {
            Salutation = existing.Salutation,
            FirstName = existing.FirstName,
            MiddleName = existing.MiddleName,
            LastName = existing.LastName,
            Suffix = existing.Suffix,
            Title = existing.Title,
            Email = existing.Email,
            Phone = existing.Phone,
            MobilePhone = existing.MobilePhone,
            Fax = existing.Fax,
            MailingAddress = existing.MailingAddress,
            LeadSource = existing.LeadSource,
            Description = existing.Description,
            DoNotCall = existing.DoNotCall,
            HasOptedOutOfEmail = existing.HasOptedOutOfEmail,
            HasOptedOutOfFax = existing.HasOptedOutOfFax,
            OwnerId = existing.OwnerId,
            FirstNameLocal = existing.FirstNameLocal,
            LastNameLocal = existing.LastNameLocal,
            CustomFields = existing.CustomFields,
        };
    }

    /// <summary>The contact behind an existing person account, from the account's person fields; its custom fields
    /// are the account's <c>__pc</c> fields.</summary>
    public static void FromPersonAccount(Account existing, out ContactDraft draft) => draft = new()
    {
        Salutation = existing.Salutation,
        FirstName = existing.FirstName,
        MiddleName = existing.MiddleName,
        LastName = existing.LastName,
        Suffix = existing.Suffix,
        Title = existing.PersonTitle,
        Email = existing.PersonEmail,
        Phone = existing.Phone,
        MobilePhone = existing.PersonMobilePhone,
        Fax = existing.Fax,
        MailingAddress = existing.PersonMailingAddress,
        LeadSource = existing.PersonLeadSource,
        Description = existing.Description,
        DoNotCall = existing.PersonDoNotCall,
        HasOptedOutOfEmail = existing.PersonHasOptedOutOfEmail,
        HasOptedOutOfFax = existing.PersonHasOptedOutOfFax,
        OwnerId = existing.OwnerId,
        FirstNameLocal = existing.FirstNameLocal,
        LastNameLocal = existing.LastNameLocal,
        CustomFields = PersonFields.ContactFieldsOf(existing),
    };

    /// <summary>The person's full name, as <see cref="Contact.Name"/> of the contact made from this draft.</summary>
    public readonly string Name => Contact.FullName(FirstName, MiddleName, LastName, Suffix);

    public readonly Contact ToContact(ContactId id, AccountId accountId, long version) => new()
    {
        Id = id,
        Version = version,
        AccountId = accountId,
        Salutation = Salutation,
        FirstName = FirstName,
        MiddleName = MiddleName,
        LastName = LastName ?? string.Empty,
        Suffix = Suffix,
        Title = Title,
        Email = Email,
        Phone = Phone,
        MobilePhone = MobilePhone,
        Fax = Fax,
        MailingAddress = MailingAddress,
        LeadSource = LeadSource,
        Description = Description,
        DoNotCall = DoNotCall,
        HasOptedOutOfEmail = HasOptedOutOfEmail,
        HasOptedOutOfFax = HasOptedOutOfFax,
        OwnerId = OwnerId,
        FirstNameLocal = FirstNameLocal,
        LastNameLocal = LastNameLocal,
        CustomFields = CustomFields,
    };
}

/// <summary>The mapped fields of an opportunity under construction or being linked.</summary>
internal struct OpportunityDraft
{
    public bool IsNew;
    public string? Description;
    public string? LeadSource;
    public decimal? Amount;
    public CampaignId? CampaignId;
    public AccountId? PartnerAccountId;
    public OwnerId? OwnerId;
    public CustomFields CustomFields;

    public static void From(Opportunity? existing, out OpportunityDraft draft)
    {
        if (existing is null)
        {
            draft = default;
            draft.IsNew = true;
            draft.CustomFields = CustomFields.Empty;
            return;
        }

        draft = new OpportunityDraft
        {
            Description = existing.Description,
            LeadSource = existing.LeadSource,
            Amount = existing.Amount,
            CampaignId = existing.CampaignId,
            PartnerAccountId = existing.PartnerAccountId,
            OwnerId = existing.OwnerId,
            CustomFields = existing.CustomFields,
        };
    }
}
