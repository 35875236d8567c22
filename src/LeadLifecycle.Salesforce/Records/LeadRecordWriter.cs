using System.Globalization;
using LeadLifecycle.Leads;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>Writes leads as CSV with Salesforce field names, ready for Data Loader; <see cref="LeadRecordReader"/>
/// reads the result back to equal leads.</summary>
/// <remarks>
/// <para>Columns: every standard lead field, then the library's own fields that any lead uses (disqualification reason,
/// readiness signals), then the union of the leads' custom fields in name order. Booleans are written
/// <c>true</c>/<c>false</c>, dates <c>yyyy-MM-dd</c>, date-times in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, numbers
/// with the invariant culture; fields with commas, quotes or line breaks are quoted. Stateless and thread-safe.</para>
/// <para>A custom field whose name a reader would take for a standard column (<c>Email</c>, <c>lead status</c>) never
/// overwrites it: it is written as <c>{name}__c</c> (<c>Email__c</c>), or <c>{name}_2__c</c>, <c>{name}_3__c</c>... when
/// that is taken too, and reads back as a custom field of that name. The renaming depends only on the set of names, so
/// the same leads always give the same header.</para>
/// <para>Values are written verbatim by default, because the file is for Data Loader: a phone <c>+1 555 0100</c> must
/// arrive as written. A file a person will open in a spreadsheet should set
/// <see cref="CsvWriteOptions.NeutralizeFormulas"/>.</para>
/// </remarks>
public static class LeadRecordWriter
{
    private static readonly LeadField[] StandardFields =
    [
        LeadField.Id, LeadField.Salutation, LeadField.FirstName, LeadField.MiddleName, LeadField.LastName, LeadField.Suffix,
        LeadField.Title, LeadField.Company, LeadField.Email, LeadField.Phone, LeadField.MobilePhone, LeadField.Fax,
        LeadField.Website, LeadField.Street, LeadField.City, LeadField.State, LeadField.PostalCode, LeadField.Country,
        LeadField.Industry, LeadField.AnnualRevenue, LeadField.NumberOfEmployees, LeadField.Rating, LeadField.LeadSource,
        LeadField.Description, LeadField.OwnerId, LeadField.CampaignId, LeadField.PartnerAccountId, LeadField.DoNotCall, LeadField.HasOptedOutOfEmail,
        LeadField.HasOptedOutOfFax, LeadField.Status, LeadField.CreatedDate, LeadField.IsConverted, LeadField.ConvertedDate,
        LeadField.ConvertedAccountId, LeadField.ConvertedContactId, LeadField.ConvertedOpportunityId,
    ];

    private static readonly LeadField[] LibraryFields =
        [LeadField.DisqualificationReason, LeadField.InterestShownAt, LeadField.MeetingAgreedAt, LeadField.PricingAgreedAt];

    /// <summary>Writes leads as CSV, a header row first, values verbatim.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="output">Where to write; left open.</param>
    public static void WriteCsv(IReadOnlyCollection<Lead> leads, TextWriter output) => WriteCsv(leads, output, CsvWriteOptions.Default);

    /// <summary>Writes leads as CSV, a header row first.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="options">How to write values.</param>
    public static void WriteCsv(IReadOnlyCollection<Lead> leads, TextWriter output, CsvWriteOptions options)
    {
        Preconditions.NotNull(leads);
        Preconditions.NotNull(output);
        Preconditions.NotNull(options);
        var fields = StandardFields.Concat(LibraryFields.Where(f => leads.Any(l => Format(l, f) is not null))).ToArray();
        var custom = leads.SelectMany(l => l.CustomFields.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var customColumns = CustomColumns(custom);
        var header = fields.Select(LeadSchema.NameOf).Concat(customColumns).ToArray();
        using var writer = nietras.SeparatedValues.Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        if (leads.Count == 0)
        {
            writer.Header.Add(header);
            writer.Header.Write();
            return;
        }

        foreach (var lead in leads)
        {
            using var row = writer.NewRow();
            for (var i = 0; i < fields.Length; i++)
            {
                var value = Format(lead, fields[i]) ?? string.Empty;
                row[header[i]].Set(options.NeutralizeFormulas && LeadSchema.Instance.Fields[(int)fields[i]]!.Kind == FieldKind.Text ? CsvWriteOptions.Neutralize(value) : value);
            }

            for (var i = 0; i < custom.Length; i++)
            {
                var value = lead.CustomFields.Get(custom[i]) ?? string.Empty;
                row[customColumns[i]].Set(options.NeutralizeFormulas ? CsvWriteOptions.Neutralize(value) : value);
            }
        }
    }

    /// <summary>Writes leads as CSV text, values verbatim.</summary>
    /// <param name="leads">The leads.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(IReadOnlyCollection<Lead> leads) => ToCsv(leads, CsvWriteOptions.Default);

    /// <summary>Writes leads as CSV text.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="options">How to write values.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(IReadOnlyCollection<Lead> leads, CsvWriteOptions options)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(leads, output, options);
        return output.ToString();
    }

    /// <summary>The column of each custom field: its name, or <c>{name}__c</c> (then <c>{name}_2__c</c>...) when a reader
    /// would take the name for a standard column or the name is already a column.</summary>
    internal static string[] CustomColumns(IReadOnlyList<string> custom)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in custom)
        {
            if (LeadSchema.Instance.Resolve(name) == RecordSchema<Lead>.Custom && !IsDerived(name))
            {
                taken.Add(name);
            }
        }

        var columns = new string[custom.Count];
        for (var i = 0; i < custom.Count; i++)
        {
            var name = custom[i];
            if (LeadSchema.Instance.Resolve(name) == RecordSchema<Lead>.Custom && !IsDerived(name))
            {
                columns[i] = name;
                continue;
            }

            var candidate = $"{name}__c";
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{name}_{n}__c";
            }

            columns[i] = candidate;
        }

        return columns;
    }

    private static bool IsDerived(string name) => LeadSchema.Instance.Derived.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);

    internal static string? Format(Lead lead, LeadField field) => field switch
    {
        LeadField.Id => lead.Id.IsEmpty ? null : lead.Id.Value,
        LeadField.Salutation => lead.Salutation,
        LeadField.FirstName => lead.FirstName,
        LeadField.MiddleName => lead.MiddleName,
        LeadField.LastName => lead.LastName,
        LeadField.Suffix => lead.Suffix,
        LeadField.Title => lead.Title,
        LeadField.Company => lead.Company,
        LeadField.Email => lead.Email,
        LeadField.Phone => lead.Phone,
        LeadField.MobilePhone => lead.MobilePhone,
        LeadField.Fax => lead.Fax,
        LeadField.Website => lead.Website,
        LeadField.Street => lead.Address?.Street,
        LeadField.City => lead.Address?.City,
        LeadField.State => lead.Address?.State,
        LeadField.PostalCode => lead.Address?.PostalCode,
        LeadField.Country => lead.Address?.Country,
        LeadField.Industry => lead.Industry,
        LeadField.AnnualRevenue => lead.AnnualRevenue?.ToString(CultureInfo.InvariantCulture),
        LeadField.NumberOfEmployees => lead.NumberOfEmployees?.ToString(CultureInfo.InvariantCulture),
        LeadField.Rating => lead.Rating,
        LeadField.LeadSource => lead.LeadSource,
        LeadField.Description => lead.Description,
        LeadField.OwnerId => lead.OwnerId?.Value,
        LeadField.CampaignId => lead.CampaignId?.Value,
        LeadField.PartnerAccountId => lead.PartnerAccountId?.Value,
        LeadField.DoNotCall => Boolean(lead.DoNotCall),
        LeadField.HasOptedOutOfEmail => Boolean(lead.HasOptedOutOfEmail),
        LeadField.HasOptedOutOfFax => Boolean(lead.HasOptedOutOfFax),
        LeadField.Status => lead.Status,
        LeadField.CreatedDate => Instant(lead.CreatedAt),
        LeadField.IsConverted => Boolean(lead.IsConverted),
        LeadField.ConvertedDate => lead.ConvertedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LeadField.ConvertedAccountId => lead.ConvertedAccountId?.Value,
        LeadField.ConvertedContactId => lead.ConvertedContactId?.Value,
        LeadField.ConvertedOpportunityId => lead.ConvertedOpportunityId?.Value,
        LeadField.DisqualificationReason => lead.DisqualificationReason,
        LeadField.InterestShownAt => Instant(lead.InterestShownAt),
        LeadField.MeetingAgreedAt => Instant(lead.MeetingAgreedAt),
        LeadField.PricingAgreedAt => Instant(lead.PricingAgreedAt),
        _ => null,
    };

    private static string Boolean(bool value) => value ? "true" : "false";

    private static string? Instant(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
