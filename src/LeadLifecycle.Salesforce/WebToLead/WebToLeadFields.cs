using System.Collections.Frozen;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>The one table of Web-to-Lead form fields: the input names Salesforce's form generator writes
/// (Setup, Web-to-Lead, "Create Web-to-Lead Form"), each with the lead field it fills.</summary>
internal static class WebToLeadFields
{
    private const string CheckboxExpected = "a checkbox value (1, 0, on, off, true, false, yes, no)";

    public static readonly FrozenDictionary<string, WebToLeadField> Standard = new WebToLeadField[]
    {
        Text("salutation", nameof(Lead.Salutation), (l, v) => l with { Salutation = v }),
        Text("first_name", nameof(Lead.FirstName), (l, v) => l with { FirstName = v }),
        Text("last_name", nameof(Lead.LastName), (l, v) => l with { LastName = v }),
        Text("title", nameof(Lead.Title), (l, v) => l with { Title = v }),
        Text("company", nameof(Lead.Company), (l, v) => l with { Company = v }),
        Text("email", nameof(Lead.Email), (l, v) => l with { Email = v }),
        Text("phone", nameof(Lead.Phone), (l, v) => l with { Phone = v }),
        Text("mobile", nameof(Lead.MobilePhone), (l, v) => l with { MobilePhone = v }),
        Text("fax", nameof(Lead.Fax), (l, v) => l with { Fax = v }),
        Text("URL", nameof(Lead.Website), (l, v) => l with { Website = v }),
        Text("street", nameof(Address.Street), (l, v) => l with { Address = (l.Address ?? new Address()) with { Street = v } }),
        Text("city", nameof(Address.City), (l, v) => l with { Address = (l.Address ?? new Address()) with { City = v } }),
        Text("state", nameof(Address.State), (l, v) => l with { Address = (l.Address ?? new Address()) with { State = v } }),
        Text("zip", nameof(Address.PostalCode), (l, v) => l with { Address = (l.Address ?? new Address()) with { PostalCode = v } }),
        Text("country", nameof(Address.Country), (l, v) => l with { Address = (l.Address ?? new Address()) with { Country = v } }),
        Text("state_code", nameof(Address.StateCode), (l, v) => l with { Address = (l.Address ?? new Address()) with { StateCode = v } }),
        Text("country_code", nameof(Address.CountryCode), (l, v) => l with { Address = (l.Address ?? new Address()) with { CountryCode = v } }),
        Text("description", nameof(Lead.Description), (l, v) => l with { Description = v }),
        Text("lead_source", nameof(Lead.LeadSource), (l, v) => l with { LeadSource = v }),
        Text("industry", nameof(Lead.Industry), (l, v) => l with { Industry = v }),
        Text("rating", nameof(Lead.Rating), (l, v) => l with { Rating = v }),
        new("revenue", nameof(Lead.AnnualRevenue), FieldValueParser.DecimalExpected, (l, v) => FieldValueParser.TryDecimal(v, out var d) ? l with { AnnualRevenue = d } : null),
        new("employees", nameof(Lead.NumberOfEmployees), FieldValueParser.IntegerExpected, (l, v) => FieldValueParser.TryInteger(v, out var n) && !v.Contains('%', StringComparison.Ordinal) ? l with { NumberOfEmployees = n } : null),
        new("emailOptOut", nameof(Lead.HasOptedOutOfEmail), CheckboxExpected, (l, v) => TryCheckbox(v, out var b) ? l with { HasOptedOutOfEmail = b } : null),
        new("faxOptOut", nameof(Lead.HasOptedOutOfFax), CheckboxExpected, (l, v) => TryCheckbox(v, out var b) ? l with { HasOptedOutOfFax = b } : null),
        new("doNotCall", nameof(Lead.DoNotCall), CheckboxExpected, (l, v) => TryCheckbox(v, out var b) ? l with { DoNotCall = b } : null),
        new("Campaign_ID", nameof(Lead.CampaignId), "a campaign id", (l, v) => CampaignId.TryParse(v, null, out var id) ? l with { CampaignId = id } : null),
    }.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Fields the generated form carries for Salesforce itself, not for the lead.</summary>
    public static readonly FrozenSet<string> Ignored = new[]
    {
        "oid", "orgid", "retURL", "debug", "debugEmail", "encoding", "captcha_settings", "g-recaptcha-response",
        "submit", "member_status", "recordType",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> FormFieldByLeadField =
        Standard.Values.ToFrozenDictionary(f => f.LeadField, f => f.Name, StringComparer.Ordinal);

    /// <summary>The form field that fills a lead field (e.g. <c>PostalCode</c> to <c>zip</c>), or null.</summary>
    public static string? FormFieldOf(string leadField) => FormFieldByLeadField.GetValueOrDefault(leadField);

    /// <summary>A custom field id as a form posts it: <c>00N</c> and 12 (or 15) letters and digits.</summary>
    public static bool IsCustomFieldId(string name) =>
        name.Length is 15 or 18 && name.StartsWith("00N", StringComparison.Ordinal) && name.AsSpan(3).ContainsAnyExcept(IdCharacters) is false;

    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool TryCheckbox(string value, out bool result)
    {
        if (value.Equals("on", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            result = value.Equals("on", StringComparison.OrdinalIgnoreCase);
            return true;
        }

        return FieldValueParser.TryBoolean(value, out result);
    }

    private static WebToLeadField Text(string name, string leadField, Func<Lead, string, Lead> apply) => new(name, leadField, null, apply);
}

/// <summary>One Web-to-Lead form field: its input name, the lead field it fills, what it expects when it is not free
/// text, and how it sets the value (null when the value cannot be read).</summary>
internal sealed record WebToLeadField(string Name, string LeadField, string? Expected, Func<Lead, string, Lead?> Apply);
