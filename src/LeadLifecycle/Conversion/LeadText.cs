using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <summary>The lead's standard text fields the mapping can read, named as their <see cref="Lead"/> properties: a
/// mapping step reads one by a switch instead of a delegate call (a conversion reads two dozen of them).</summary>
internal enum LeadText : byte
{
    Salutation,
    FirstName,
    MiddleName,
    LastName,
    Suffix,
    Title,
    Company,
    Email,
    Phone,
    MobilePhone,
    Fax,
    Website,
    Industry,
    Rating,
    LeadSource,
    Description,
    CompanyLocal,
    FirstNameLocal,
    LastNameLocal,
}

/// <summary>Reads a <see cref="LeadText"/> field of a lead.</summary>
internal static class LeadTexts
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static string? Read(Lead lead, LeadText field) => field switch
    {
        LeadText.Salutation => lead.Salutation,
        LeadText.FirstName => lead.FirstName,
        LeadText.MiddleName => lead.MiddleName,
        LeadText.LastName => lead.LastName,
        LeadText.Suffix => lead.Suffix,
        LeadText.Title => lead.Title,
        LeadText.Company => lead.Company,
        LeadText.Email => lead.Email,
        LeadText.Phone => lead.Phone,
        LeadText.MobilePhone => lead.MobilePhone,
        LeadText.Fax => lead.Fax,
        LeadText.Website => lead.Website,
        LeadText.Industry => lead.Industry,
        LeadText.Rating => lead.Rating,
        LeadText.LeadSource => lead.LeadSource,
        LeadText.Description => lead.Description,
        LeadText.CompanyLocal => lead.CompanyLocal,
        LeadText.FirstNameLocal => lead.FirstNameLocal,
        LeadText.LastNameLocal => lead.LastNameLocal,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a lead text field."),
    };
}
