using System.Globalization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>Reads record fields by the names the field mapping uses, by reflection, independently of the library.</summary>
internal static class ConversionFieldReader
{
    public static object? Read(object record, string field)
    {
        if (field.EndsWith("__c", StringComparison.OrdinalIgnoreCase))
        {
            var custom = (CustomFields)record.GetType().GetProperty("CustomFields")!.GetValue(record)!;
            return custom.Get(field);
        }

        return record.GetType().GetProperty(field)!.GetValue(record);
    }

    /// <summary>What a mapping rule reads from the lead: the owner of the new records for OwnerId, the primary
    /// campaign (most recent membership, else CampaignId) for CampaignId, else the field.</summary>
    public static object? ReadSource(Lead lead, OwnerId? requestOwner, string field) => field switch
    {
        nameof(Lead.OwnerId) => requestOwner ?? lead.OwnerId,
        nameof(Lead.CampaignId) => lead.PrimaryCampaignId,
        _ => Read(lead, field),
    };

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        Address a => a.IsEmpty,
        _ => false,
    };

    /// <summary>The value as a custom (text) field holds it.</summary>
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        bool b => b ? "true" : null,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        OwnerId o => o.Value,
        CampaignId c => c.Value,
        AccountId a => a.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not mappable to text"),
    };

    public static object Target(LeadConversion conversion, ConversionTarget target) => target switch
    {
        ConversionTarget.Account => conversion.Account,
        ConversionTarget.Contact => conversion.Contact,
        _ => conversion.Opportunity!,
    };

    /// <summary>The contact behind a person account as the test reads it: the person fields of the account.</summary>
    public static Contact PersonContactOf(Account account) => new()
    {
        Id = account.PersonContactId ?? default,
        AccountId = account.Id,
        Salutation = account.Salutation,
        FirstName = account.FirstName,
        MiddleName = account.MiddleName,
        LastName = account.LastName ?? string.Empty,
        Suffix = account.Suffix,
        FirstNameLocal = account.FirstNameLocal,
        LastNameLocal = account.LastNameLocal,
        Title = account.PersonTitle,
        Email = account.PersonEmail,
        Phone = account.Phone,
        MobilePhone = account.PersonMobilePhone,
        Fax = account.Fax,
        MailingAddress = account.PersonMailingAddress,
        LeadSource = account.PersonLeadSource,
        Description = account.Description,
        DoNotCall = account.PersonDoNotCall,
        HasOptedOutOfEmail = account.PersonHasOptedOutOfEmail,
        HasOptedOutOfFax = account.PersonHasOptedOutOfFax,
        OwnerId = account.OwnerId,
        CustomFields = CustomFields.From(account.CustomFields
            .Where(p => p.Key.EndsWith("__pc", StringComparison.Ordinal))
            .Select(p => KeyValuePair.Create(p.Key[..^4] + "__c", (string?)p.Value))),
    };

    /// <summary>Every public settable property of a record except those conversion sets structurally.</summary>
    public static IEnumerable<string> FieldsOf(Type type) =>
        type.GetProperties().Where(p => p.CanWrite && p.Name is not ("Id" or "AccountId" or "ContactId" or "Version")).Select(p => p.Name);
}
