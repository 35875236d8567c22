using System.Globalization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <content>The columns of each file, in Salesforce field names.</content>
public static partial class ConversionResultWriter
{
    private static readonly (string Column, Func<Account, string?> Value)[] AccountColumns =
    [
        ("Id", a => Id(a.Id.Value)), ("Name", a => a.Name), ("NameLocal", a => a.NameLocal),
        ("BillingStreet", a => a.BillingAddress?.Street), ("BillingCity", a => a.BillingAddress?.City),
        ("BillingState", a => a.BillingAddress?.State), ("BillingPostalCode", a => a.BillingAddress?.PostalCode),
        ("BillingCountry", a => a.BillingAddress?.Country), ("BillingStateCode", a => a.BillingAddress?.StateCode),
        ("BillingCountryCode", a => a.BillingAddress?.CountryCode), ("Phone", a => a.Phone), ("Fax", a => a.Fax),
        ("Website", a => a.Website), ("Industry", a => a.Industry), ("AnnualRevenue", a => Number(a.AnnualRevenue)),
        ("NumberOfEmployees", a => Number(a.NumberOfEmployees)), ("Rating", a => a.Rating), ("AccountSource", a => a.AccountSource),
        ("OwnerId", a => a.OwnerId?.Value), ("Description", a => a.Description),
    ];

    /// <summary>A person account's insert row: the person's names and <c>Person*</c> fields instead of <c>Name</c>
    /// (read-only on a person account), with the record type that makes it a person account.</summary>
    private static readonly (string Column, Func<Account, string?> Value)[] PersonAccountColumns =
    [
        ("Id", a => Id(a.Id.Value)), ("Salutation", a => a.Salutation), ("FirstName", a => a.FirstName),
        ("MiddleName", a => a.MiddleName), ("LastName", a => a.LastName), ("Suffix", a => a.Suffix),
        ("FirstNameLocal", a => a.FirstNameLocal), ("LastNameLocal", a => a.LastNameLocal), ("PersonTitle", a => a.PersonTitle),
        ("PersonEmail", a => a.PersonEmail), ("PersonMobilePhone", a => a.PersonMobilePhone), ("Phone", a => a.Phone), ("Fax", a => a.Fax),
        ("PersonMailingStreet", a => a.PersonMailingAddress?.Street), ("PersonMailingCity", a => a.PersonMailingAddress?.City),
        ("PersonMailingState", a => a.PersonMailingAddress?.State), ("PersonMailingPostalCode", a => a.PersonMailingAddress?.PostalCode),
        ("PersonMailingCountry", a => a.PersonMailingAddress?.Country), ("PersonMailingStateCode", a => a.PersonMailingAddress?.StateCode),
        ("PersonMailingCountryCode", a => a.PersonMailingAddress?.CountryCode),
        ("BillingStreet", a => a.BillingAddress?.Street), ("BillingCity", a => a.BillingAddress?.City),
        ("BillingState", a => a.BillingAddress?.State), ("BillingPostalCode", a => a.BillingAddress?.PostalCode),
        ("BillingCountry", a => a.BillingAddress?.Country), ("BillingStateCode", a => a.BillingAddress?.StateCode),
        ("BillingCountryCode", a => a.BillingAddress?.CountryCode),
        ("Website", a => a.Website), ("Industry", a => a.Industry), ("AnnualRevenue", a => Number(a.AnnualRevenue)),
        ("NumberOfEmployees", a => Number(a.NumberOfEmployees)), ("Rating", a => a.Rating), ("AccountSource", a => a.AccountSource),
        ("PersonLeadSource", a => a.PersonLeadSource), ("PersonDoNotCall", a => Boolean(a.PersonDoNotCall)),
        ("PersonHasOptedOutOfEmail", a => Boolean(a.PersonHasOptedOutOfEmail)), ("PersonHasOptedOutOfFax", a => Boolean(a.PersonHasOptedOutOfFax)),
        ("OwnerId", a => a.OwnerId?.Value), ("Description", a => a.Description),
    ];

    private static readonly (string Column, Func<Contact, string?> Value)[] ContactColumns =
    [
        ("Id", c => Id(c.Id.Value)), ("AccountId", c => c.AccountId?.Value), ("Salutation", c => c.Salutation),
        ("FirstName", c => c.FirstName), ("MiddleName", c => c.MiddleName), ("LastName", c => c.LastName), ("Suffix", c => c.Suffix),
        ("FirstNameLocal", c => c.FirstNameLocal), ("LastNameLocal", c => c.LastNameLocal),
        ("Title", c => c.Title), ("Email", c => c.Email), ("Phone", c => c.Phone), ("MobilePhone", c => c.MobilePhone), ("Fax", c => c.Fax),
        ("MailingStreet", c => c.MailingAddress?.Street), ("MailingCity", c => c.MailingAddress?.City),
        ("MailingState", c => c.MailingAddress?.State), ("MailingPostalCode", c => c.MailingAddress?.PostalCode),
        ("MailingCountry", c => c.MailingAddress?.Country), ("MailingStateCode", c => c.MailingAddress?.StateCode),
        ("MailingCountryCode", c => c.MailingAddress?.CountryCode), ("LeadSource", c => c.LeadSource), ("Description", c => c.Description),
        ("DoNotCall", c => Boolean(c.DoNotCall)), ("HasOptedOutOfEmail", c => Boolean(c.HasOptedOutOfEmail)),
        ("HasOptedOutOfFax", c => Boolean(c.HasOptedOutOfFax)), ("OwnerId", c => c.OwnerId?.Value),
    ];

    private static readonly (string Column, Func<Opportunity, string?> Value)[] OpportunityColumns =
    [
        ("Id", o => Id(o.Id.Value)), ("Name", o => o.Name), ("AccountId", o => o.AccountId?.Value), ("ContactId", o => o.ContactId?.Value),
        ("OwnerId", o => o.OwnerId?.Value), ("Amount", o => Number(o.Amount)),
        ("CloseDate", o => o.CloseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("StageName", o => o.Stage),
        ("Probability", o => Number(o.Probability)), ("ForecastCategoryName", o => ForecastCategoryName(o.ForecastCategory)),
        ("LeadSource", o => o.LeadSource), ("CampaignId", o => o.CampaignId?.Value),
        ("PartnerAccountId", o => o.PartnerAccountId?.Value), ("Description", o => o.Description),
    ];

    private static string? Id(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Boolean(bool value) => value ? "true" : "false";
}
