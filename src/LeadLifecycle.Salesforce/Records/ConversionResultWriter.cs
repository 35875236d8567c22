using System.Globalization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Opportunities;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>Writes conversion results back as CSV files with Salesforce field names, ready for Data Loader: the
/// accounts, contacts and opportunities, and the updated leads.</summary>
/// <remarks>
/// <para>Each record is written once (by id, first occurrence), in conversion order: an account that several leads
/// merged into is one row. Read-only and derived fields (<c>IsClosed</c>, <c>IsWon</c>, <c>ExpectedRevenue</c>,
/// <c>Name</c> of a contact) are not written; custom fields follow the standard columns, in name order. The forecast
/// category is written as Salesforce's API value (<c>Forecast</c> for Commit, <c>BestCase</c>).</para>
/// <para>New records carry the ids the library generated: for a Data Loader insert, map <c>Id</c> to an external-id
/// field or leave it out, and load accounts before contacts and opportunities. Salesforce sets a lead's
/// <c>IsConverted</c> and <c>Converted*Id</c> only through its convert call; the lead file records them for
/// reconciliation.</para>
/// </remarks>
public static class ConversionResultWriter
{
    private static readonly (string Column, Func<Account, string?> Value)[] AccountColumns =
    [
        ("Id", a => Id(a.Id.Value)), ("Name", a => a.Name),
        ("BillingStreet", a => a.BillingAddress?.Street), ("BillingCity", a => a.BillingAddress?.City),
        ("BillingState", a => a.BillingAddress?.State), ("BillingPostalCode", a => a.BillingAddress?.PostalCode),
        ("BillingCountry", a => a.BillingAddress?.Country), ("Phone", a => a.Phone), ("Fax", a => a.Fax),
        ("Website", a => a.Website), ("Industry", a => a.Industry), ("AnnualRevenue", a => Number(a.AnnualRevenue)),
        ("NumberOfEmployees", a => Number(a.NumberOfEmployees)), ("Rating", a => a.Rating), ("AccountSource", a => a.AccountSource),
        ("OwnerId", a => a.OwnerId?.Value), ("Description", a => a.Description),
    ];

    private static readonly (string Column, Func<Contact, string?> Value)[] ContactColumns =
    [
        ("Id", c => Id(c.Id.Value)), ("AccountId", c => c.AccountId?.Value), ("Salutation", c => c.Salutation),
        ("FirstName", c => c.FirstName), ("MiddleName", c => c.MiddleName), ("LastName", c => c.LastName), ("Suffix", c => c.Suffix),
        ("Title", c => c.Title), ("Email", c => c.Email), ("Phone", c => c.Phone), ("MobilePhone", c => c.MobilePhone), ("Fax", c => c.Fax),
        ("MailingStreet", c => c.MailingAddress?.Street), ("MailingCity", c => c.MailingAddress?.City),
        ("MailingState", c => c.MailingAddress?.State), ("MailingPostalCode", c => c.MailingAddress?.PostalCode),
        ("MailingCountry", c => c.MailingAddress?.Country), ("LeadSource", c => c.LeadSource), ("Description", c => c.Description),
        ("DoNotCall", c => Boolean(c.DoNotCall)), ("HasOptedOutOfEmail", c => Boolean(c.HasOptedOutOfEmail)),
        ("HasOptedOutOfFax", c => Boolean(c.HasOptedOutOfFax)), ("OwnerId", c => c.OwnerId?.Value),
    ];

    private static readonly (string Column, Func<Opportunity, string?> Value)[] OpportunityColumns =
    [
        ("Id", o => Id(o.Id.Value)), ("Name", o => o.Name), ("AccountId", o => o.AccountId?.Value), ("ContactId", o => o.ContactId?.Value),
        ("OwnerId", o => o.OwnerId?.Value), ("Amount", o => Number(o.Amount)),
        ("CloseDate", o => o.CloseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("StageName", o => o.Stage),
        ("Probability", o => Number(o.Probability)), ("ForecastCategoryName", o => ForecastCategoryName(o.ForecastCategory)),
        ("LeadSource", o => o.LeadSource), ("CampaignId", o => o.CampaignId?.Value), ("Description", o => o.Description),
    ];

    /// <summary>Writes accounts as CSV, a header row first.</summary>
    /// <param name="accounts">The accounts.</param>
    /// <param name="output">Where to write; left open.</param>
    public static void WriteAccounts(IEnumerable<Account> accounts, TextWriter output) =>
        Write(Distinct(accounts, a => a.Id.Value), AccountColumns, a => a.CustomFields, output);

    /// <summary>Writes contacts as CSV, a header row first.</summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="output">Where to write; left open.</param>
    public static void WriteContacts(IEnumerable<Contact> contacts, TextWriter output) =>
        Write(Distinct(contacts, c => c.Id.Value), ContactColumns, c => c.CustomFields, output);

    /// <summary>Writes opportunities as CSV, a header row first.</summary>
    /// <param name="opportunities">The opportunities.</param>
    /// <param name="output">Where to write; left open.</param>
    public static void WriteOpportunities(IEnumerable<Opportunity> opportunities, TextWriter output) =>
        Write(Distinct(opportunities, o => o.Id.Value), OpportunityColumns, o => o.CustomFields, output);

    /// <summary>Writes <c>Account.csv</c>, <c>Contact.csv</c>, <c>Opportunity.csv</c> and <c>Lead.csv</c> into a folder.</summary>
    /// <param name="conversions">The conversion results, e.g. of a bulk conversion.</param>
    /// <param name="folder">The folder; created when missing; existing files of these names are replaced.</param>
    public static void WriteDataLoaderFiles(IEnumerable<LeadConversion> conversions, string folder)
    {
        Preconditions.NotNull(conversions);
        Preconditions.NotBlank(folder);
        var list = conversions.ToArray();
        Directory.CreateDirectory(folder);
        Save(folder, "Account.csv", output => WriteAccounts(list.Select(c => c.Account), output));
        Save(folder, "Contact.csv", output => WriteContacts(list.Select(c => c.Contact), output));
        Save(folder, "Opportunity.csv", output => WriteOpportunities(list.Where(c => c.Opportunity is not null).Select(c => c.Opportunity!), output));
        Save(folder, "Lead.csv", output => LeadRecordWriter.WriteCsv([.. list.Select(c => c.Lead)], output));
    }

    /// <summary>Salesforce's API value of a forecast category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Omitted, Pipeline, BestCase, Forecast or Closed.</returns>
    internal static string ForecastCategoryName(ForecastCategory category) => category switch
    {
        ForecastCategory.Omitted => "Omitted",
        ForecastCategory.Pipeline => "Pipeline",
        ForecastCategory.BestCase => "BestCase",
        ForecastCategory.Commit => "Forecast",
        _ => "Closed",
    };

    private static void Save(string folder, string name, Action<TextWriter> write)
    {
        using var output = new StreamWriter(Path.Combine(folder, name), append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(output);
    }

    private static List<T> Distinct<T>(IEnumerable<T> records, Func<T, string?> id)
    {
        Preconditions.NotNull(records);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. records.Where(r => id(r) is not { Length: > 0 } key || seen.Add(key))];
    }

    private static void Write<T>(List<T> records, (string Column, Func<T, string?> Value)[] columns, Func<T, CustomFields> custom, TextWriter output)
    {
        Preconditions.NotNull(output);
        var customNames = records.SelectMany(r => custom(r).Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var header = columns.Select(c => c.Column).Concat(customNames).ToArray();
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        if (records.Count == 0)
        {
            writer.Header.Add(header);
            writer.Header.Write();
            return;
        }

        foreach (var record in records)
        {
            using var row = writer.NewRow();
            foreach (var (column, value) in columns)
            {
                row[column].Set(value(record) ?? string.Empty);
            }

            foreach (var name in customNames)
            {
                row[name].Set(custom(record).Get(name) ?? string.Empty);
            }
        }
    }

    private static string? Id(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Boolean(bool value) => value ? "true" : "false";
}
