using System.Net.Mail;
using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <summary>Checks a lead's fields the way Salesforce does, collecting every problem at once.</summary>
internal static class LeadValidator
{
    public static List<IError> Validate(Lead lead, bool allowPersonAccounts)
    {
        var errors = new List<IError>();
        if (string.IsNullOrWhiteSpace(lead.LastName))
        {
            errors.Add(new RequiredFieldMissingError(nameof(Lead.LastName)));
        }

        if (string.IsNullOrWhiteSpace(lead.Company) && !allowPersonAccounts)
        {
            errors.Add(new RequiredFieldMissingError(nameof(Lead.Company)));
        }

        Length(errors, nameof(Lead.Salutation), lead.Salutation, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.FirstName), lead.FirstName, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.MiddleName), lead.MiddleName, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.LastName), lead.LastName, LeadFieldLimits.LastName);
        Length(errors, nameof(Lead.Suffix), lead.Suffix, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.Title), lead.Title, LeadFieldLimits.Title);
        Length(errors, nameof(Lead.Company), lead.Company, LeadFieldLimits.Company);
        Length(errors, nameof(Lead.Email), lead.Email, LeadFieldLimits.Email);
        Length(errors, nameof(Lead.Phone), lead.Phone, LeadFieldLimits.Phone);
        Length(errors, nameof(Lead.MobilePhone), lead.MobilePhone, LeadFieldLimits.Phone);
        Length(errors, nameof(Lead.Fax), lead.Fax, LeadFieldLimits.Phone);
        Length(errors, nameof(Lead.Website), lead.Website, LeadFieldLimits.Website);
        Length(errors, nameof(Lead.Industry), lead.Industry, LeadFieldLimits.StandardPicklistValue);
        Length(errors, nameof(Lead.Rating), lead.Rating, LeadFieldLimits.StandardPicklistValue);
        Length(errors, nameof(Lead.LeadSource), lead.LeadSource, LeadFieldLimits.StandardPicklistValue);
        Length(errors, nameof(Lead.Description), lead.Description, LeadFieldLimits.Description);
        Length(errors, nameof(Lead.CompanyLocal), lead.CompanyLocal, LeadFieldLimits.Company);
        Length(errors, nameof(Lead.FirstNameLocal), lead.FirstNameLocal, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.LastNameLocal), lead.LastNameLocal, LeadFieldLimits.LastName);
        if (lead.Address is { } address)
        {
            Length(errors, "Street", address.Street, LeadFieldLimits.Street);
            Length(errors, "City", address.City, LeadFieldLimits.City);
            Length(errors, "State", address.State, LeadFieldLimits.State);
            Length(errors, "PostalCode", address.PostalCode, LeadFieldLimits.PostalCode);
            Length(errors, "Country", address.Country, LeadFieldLimits.Country);
            Length(errors, "StateCode", address.StateCode, LeadFieldLimits.StateCode);
            Length(errors, "CountryCode", address.CountryCode, LeadFieldLimits.CountryCode);
        }

        if (!string.IsNullOrWhiteSpace(lead.Email) && !IsValidEmail(lead.Email))
        {
            errors.Add(new InvalidEmailAddressError(nameof(Lead.Email), lead.Email));
        }

        if (lead.NumberOfEmployees < 0)
        {
            errors.Add(new InvalidFieldValueError(nameof(Lead.NumberOfEmployees), lead.NumberOfEmployees.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "must not be negative"));
        }

        return errors;
    }

    /// <summary>An address with one @, a local part, and a dotted domain without empty labels, as Salesforce accepts.</summary>
    internal static bool IsValidEmail(string email)
    {
        var trimmed = email.Trim();
        if (!MailAddress.TryCreate(trimmed, out var parsed) || !string.Equals(parsed.Address, trimmed, StringComparison.Ordinal))
        {
            return false;
        }

        var at = trimmed.LastIndexOf('@');
        var domain = trimmed.AsSpan(at + 1);
        return at > 0 && trimmed.IndexOf('@', StringComparison.Ordinal) == at
            && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && !trimmed.Contains(' ', StringComparison.Ordinal);
    }

    private static void Length(List<IError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new StringTooLongError(field, max, value.Length));
        }
    }
}
