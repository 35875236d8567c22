using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>Checks the existing records a conversion merges into by Salesforce's field limits (Object Reference:
/// Account, Contact, Opportunity), so a merge never produces a record Salesforce would refuse.</summary>
/// <remarks>Field names in the errors are prefixed with the request property, e.g. <c>ExistingAccount.Name</c>.
/// Standard picklists (industry, rating, sources) are 40 characters in Salesforce's field reference.</remarks>
internal static class ExistingRecordValidator
{
    /// <summary>Standard picklist values on account and contact (Industry, Rating, AccountSource, LeadSource).</summary>
    public const int StandardPicklist = LeadFieldLimits.StandardPicklistValue;

    /// <summary>Account Name.</summary>
    public const int AccountName = 255;

    public static void Validate(Account account, ref List<IError>? errors)
    {
        const string P = "ExistingAccount.";
        if (account.IsPersonAccount)
        {
            Required(ref errors, P + nameof(Account.LastName), account.LastName);
            Length(ref errors, P + nameof(Account.Salutation), account.Salutation, LeadFieldLimits.NamePart);
            Length(ref errors, P + nameof(Account.FirstName), account.FirstName, LeadFieldLimits.NamePart);
            Length(ref errors, P + nameof(Account.MiddleName), account.MiddleName, LeadFieldLimits.NamePart);
            Length(ref errors, P + nameof(Account.LastName), account.LastName, LeadFieldLimits.LastName);
            Length(ref errors, P + nameof(Account.Suffix), account.Suffix, LeadFieldLimits.NamePart);
            Length(ref errors, P + nameof(Account.FirstNameLocal), account.FirstNameLocal, LeadFieldLimits.NamePart);
            Length(ref errors, P + nameof(Account.LastNameLocal), account.LastNameLocal, LeadFieldLimits.LastName);
            Length(ref errors, P + nameof(Account.PersonTitle), account.PersonTitle, LeadFieldLimits.Title);
            Length(ref errors, P + nameof(Account.PersonEmail), account.PersonEmail, LeadFieldLimits.Email);
            Length(ref errors, P + nameof(Account.PersonMobilePhone), account.PersonMobilePhone, LeadFieldLimits.Phone);
            Length(ref errors, P + nameof(Account.PersonLeadSource), account.PersonLeadSource, StandardPicklist);
            Address(ref errors, P + nameof(Account.PersonMailingAddress), account.PersonMailingAddress);
        }
        else
        {
            Required(ref errors, P + nameof(Account.Name), account.Name);
        }

        Length(ref errors, P + nameof(Account.Name), account.Name, AccountName);
        Length(ref errors, P + nameof(Account.NameLocal), account.NameLocal, AccountName);
        Length(ref errors, P + nameof(Account.Phone), account.Phone, LeadFieldLimits.Phone);
        Length(ref errors, P + nameof(Account.Fax), account.Fax, LeadFieldLimits.Phone);
        Length(ref errors, P + nameof(Account.Website), account.Website, LeadFieldLimits.Website);
        Length(ref errors, P + nameof(Account.Industry), account.Industry, StandardPicklist);
        Length(ref errors, P + nameof(Account.Rating), account.Rating, StandardPicklist);
        Length(ref errors, P + nameof(Account.AccountSource), account.AccountSource, StandardPicklist);
        Length(ref errors, P + nameof(Account.Description), account.Description, LeadFieldLimits.Description);
        Address(ref errors, P + nameof(Account.BillingAddress), account.BillingAddress);
    }

    public static void Validate(Contact contact, ref List<IError>? errors)
    {
        const string P = "ExistingContact.";
        Required(ref errors, P + nameof(Contact.LastName), contact.LastName);
        Length(ref errors, P + nameof(Contact.Salutation), contact.Salutation, LeadFieldLimits.NamePart);
        Length(ref errors, P + nameof(Contact.FirstName), contact.FirstName, LeadFieldLimits.NamePart);
        Length(ref errors, P + nameof(Contact.MiddleName), contact.MiddleName, LeadFieldLimits.NamePart);
        Length(ref errors, P + nameof(Contact.LastName), contact.LastName, LeadFieldLimits.LastName);
        Length(ref errors, P + nameof(Contact.Suffix), contact.Suffix, LeadFieldLimits.NamePart);
        Length(ref errors, P + nameof(Contact.FirstNameLocal), contact.FirstNameLocal, LeadFieldLimits.NamePart);
        Length(ref errors, P + nameof(Contact.LastNameLocal), contact.LastNameLocal, LeadFieldLimits.LastName);
        Length(ref errors, P + nameof(Contact.Title), contact.Title, LeadFieldLimits.Title);
        Length(ref errors, P + nameof(Contact.Email), contact.Email, LeadFieldLimits.Email);
        Length(ref errors, P + nameof(Contact.Phone), contact.Phone, LeadFieldLimits.Phone);
        Length(ref errors, P + nameof(Contact.MobilePhone), contact.MobilePhone, LeadFieldLimits.Phone);
        Length(ref errors, P + nameof(Contact.Fax), contact.Fax, LeadFieldLimits.Phone);
        Length(ref errors, P + nameof(Contact.LeadSource), contact.LeadSource, StandardPicklist);
        Length(ref errors, P + nameof(Contact.Description), contact.Description, LeadFieldLimits.Description);
        Address(ref errors, P + nameof(Contact.MailingAddress), contact.MailingAddress);
    }

    public static void Validate(Opportunity opportunity, ref List<IError>? errors)
    {
        const string P = "ExistingOpportunity.";
        Length(ref errors, P + nameof(Opportunity.Name), opportunity.Name, OpportunityFieldLimits.Name);
        Length(ref errors, P + nameof(Opportunity.LeadSource), opportunity.LeadSource, StandardPicklist);
        Length(ref errors, P + nameof(Opportunity.Description), opportunity.Description, OpportunityFieldLimits.Description);
    }

    private static void Address(ref List<IError>? errors, string prefix, Address? address)
    {
        if (address is null)
        {
            return;
        }

        Length(ref errors, prefix + ".Street", address.Street, LeadFieldLimits.Street);
        Length(ref errors, prefix + ".City", address.City, LeadFieldLimits.City);
        Length(ref errors, prefix + ".State", address.State, LeadFieldLimits.State);
        Length(ref errors, prefix + ".PostalCode", address.PostalCode, LeadFieldLimits.PostalCode);
        Length(ref errors, prefix + ".Country", address.Country, LeadFieldLimits.Country);
        Length(ref errors, prefix + ".StateCode", address.StateCode, LeadFieldLimits.StateCode);
        Length(ref errors, prefix + ".CountryCode", address.CountryCode, LeadFieldLimits.CountryCode);
    }

    private static void Required(ref List<IError>? errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            (errors ??= []).Add(new RequiredFieldMissingError(field));
        }
    }

    private static void Length(ref List<IError>? errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            (errors ??= []).Add(new StringTooLongError(field, max, value.Length));
        }
    }
}
