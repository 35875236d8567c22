namespace LeadLifecycle.Conversion;

/// <summary>The standard text fields of a <see cref="ConversionDraft"/> the mapping can fill: a mapping step reaches
/// one by a switch instead of a delegate call.</summary>
internal enum DraftText : byte
{
    AccountName,
    AccountPhone,
    AccountFax,
    AccountWebsite,
    AccountIndustry,
    AccountRating,
    AccountSource,
    AccountDescription,
    AccountNameLocal,
    ContactSalutation,
    ContactFirstName,
    ContactMiddleName,
    ContactLastName,
    ContactSuffix,
    ContactTitle,
    ContactEmail,
    ContactPhone,
    ContactMobilePhone,
    ContactFax,
    ContactDescription,
    ContactFirstNameLocal,
    ContactLastNameLocal,
    OpportunityDescription,
    OpportunityLeadSource,
}

/// <summary>Reaches a <see cref="DraftText"/> field of a draft.</summary>
internal static class DraftTexts
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ref string? Field(ref ConversionDraft d, DraftText field)
    {
        switch (field)
        {
            case DraftText.AccountName: return ref d.Account.Name;
            case DraftText.AccountPhone: return ref d.Account.Phone;
            case DraftText.AccountFax: return ref d.Account.Fax;
            case DraftText.AccountWebsite: return ref d.Account.Website;
            case DraftText.AccountIndustry: return ref d.Account.Industry;
            case DraftText.AccountRating: return ref d.Account.Rating;
            case DraftText.AccountSource: return ref d.Account.AccountSource;
            case DraftText.AccountDescription: return ref d.Account.Description;
            case DraftText.AccountNameLocal: return ref d.Account.NameLocal;
            case DraftText.ContactSalutation: return ref d.Contact.Salutation;
            case DraftText.ContactFirstName: return ref d.Contact.FirstName;
            case DraftText.ContactMiddleName: return ref d.Contact.MiddleName;
            case DraftText.ContactLastName: return ref d.Contact.LastName;
            case DraftText.ContactSuffix: return ref d.Contact.Suffix;
            case DraftText.ContactTitle: return ref d.Contact.Title;
            case DraftText.ContactEmail: return ref d.Contact.Email;
            case DraftText.ContactPhone: return ref d.Contact.Phone;
            case DraftText.ContactMobilePhone: return ref d.Contact.MobilePhone;
            case DraftText.ContactFax: return ref d.Contact.Fax;
            case DraftText.ContactDescription: return ref d.Contact.Description;
            case DraftText.ContactFirstNameLocal: return ref d.Contact.FirstNameLocal;
            case DraftText.ContactLastNameLocal: return ref d.Contact.LastNameLocal;
            case DraftText.OpportunityDescription: return ref d.Opportunity.Description;
            case DraftText.OpportunityLeadSource: return ref d.Opportunity.LeadSource;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a draft text field.");
        }
    }
}
