using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <summary>Checks a lead's fields the way Salesforce does, collecting every problem at once.</summary>
/// <remarks>A valid lead costs no allocation: the error list is made on the first problem, and the email check reads
/// the text in place (<see cref="LeadEmailSyntax"/>).</remarks>
internal static class LeadValidator
{
    /// <summary>Every problem of the lead, in a new list (empty when the lead is valid).</summary>
    public static List<IError> Validate(Lead lead, bool allowPersonAccounts)
    {
        List<IError>? errors = null;
        Validate(lead, allowPersonAccounts, ref errors);
        return errors ?? [];
    }

    /// <summary>Adds every problem of the lead to <paramref name="errors"/>, making the list on the first one; leaves it
    /// as it was (null stays null) when the lead is valid.</summary>
    public static void Validate(Lead lead, bool allowPersonAccounts, ref List<IError>? errors)
    {
        if (string.IsNullOrWhiteSpace(lead.LastName))
        {
            (errors ??= []).Add(new RequiredFieldMissingError(nameof(Lead.LastName)));
        }

        if (string.IsNullOrWhiteSpace(lead.Company) && !allowPersonAccounts)
        {
            (errors ??= []).Add(new RequiredFieldMissingError(nameof(Lead.Company)));
        }

        Length(ref errors, nameof(Lead.Salutation), lead.Salutation, LeadFieldLimits.NamePart);
        Length(ref errors, nameof(Lead.FirstName), lead.FirstName, LeadFieldLimits.NamePart);
        Length(ref errors, nameof(Lead.MiddleName), lead.MiddleName, LeadFieldLimits.NamePart);
        Length(ref errors, nameof(Lead.LastName), lead.LastName, LeadFieldLimits.LastName);
        Length(ref errors, nameof(Lead.Suffix), lead.Suffix, LeadFieldLimits.NamePart);
        Length(ref errors, nameof(Lead.Title), lead.Title, LeadFieldLimits.Title);
        Length(ref errors, nameof(Lead.Company), lead.Company, LeadFieldLimits.Company);
        Length(ref errors, nameof(Lead.Email), lead.Email, LeadFieldLimits.Email);
        Length(ref errors, nameof(Lead.Phone), lead.Phone, LeadFieldLimits.Phone);
        Length(ref errors, nameof(Lead.MobilePhone), lead.MobilePhone, LeadFieldLimits.Phone);
        Length(ref errors, nameof(Lead.Fax), lead.Fax, LeadFieldLimits.Phone);
        Length(ref errors, nameof(Lead.Website), lead.Website, LeadFieldLimits.Website);
        Length(ref errors, nameof(Lead.Industry), lead.Industry, LeadFieldLimits.StandardPicklistValue);
        Length(ref errors, nameof(Lead.Rating), lead.Rating, LeadFieldLimits.StandardPicklistValue);
        Length(ref errors, nameof(Lead.LeadSource), lead.LeadSource, LeadFieldLimits.StandardPicklistValue);
        Length(ref errors, nameof(Lead.Description), lead.Description, LeadFieldLimits.Description);
        Length(ref errors, nameof(Lead.CompanyLocal), lead.CompanyLocal, LeadFieldLimits.Company);
        Length(ref errors, nameof(Lead.FirstNameLocal), lead.FirstNameLocal, LeadFieldLimits.NamePart);
        Length(ref errors, nameof(Lead.LastNameLocal), lead.LastNameLocal, LeadFieldLimits.LastName);
        if (lead.Address is { } address)
        {
            Length(ref errors, "Street", address.Street, LeadFieldLimits.Street);
            Length(ref errors, "City", address.City, LeadFieldLimits.City);
            Length(ref errors, "State", address.State, LeadFieldLimits.State);
            Length(ref errors, "PostalCode", address.PostalCode, LeadFieldLimits.PostalCode);
            Length(ref errors, "Country", address.Country, LeadFieldLimits.Country);
            Length(ref errors, "StateCode", address.StateCode, LeadFieldLimits.StateCode);
            Length(ref errors, "CountryCode", address.CountryCode, LeadFieldLimits.CountryCode);
        }

        if (!string.IsNullOrWhiteSpace(lead.Email) && !LeadEmailSyntax.IsValid(lead.Email))
        {
            (errors ??= []).Add(new InvalidEmailAddressError(nameof(Lead.Email), lead.Email));
        }

        if (lead.NumberOfEmployees < 0)
        {
            (errors ??= []).Add(new InvalidFieldValueError(nameof(Lead.NumberOfEmployees), lead.NumberOfEmployees.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "must not be negative"));
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
