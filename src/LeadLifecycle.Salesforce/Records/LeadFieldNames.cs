namespace LeadLifecycle.Salesforce;

/// <summary>Matches column names to lead fields: Salesforce API names (Data Loader, <c>sf data tree</c>) and the
/// field labels that report exports use ("Lead Source", "Zip/Postal Code"), ignoring case, spaces and punctuation.</summary>
internal static class LeadFieldNames
{
    /// <summary>Derived, read-only fields that are not imported: <c>Name</c> is first, middle and last name joined.</summary>
    public static readonly IReadOnlyList<string> Derived = ["Name", "Full Name"];

    private static readonly Dictionary<string, LeadField> ByName = Build();

    public static bool IsDerived(string column) => Derived.Contains(column.Trim(), StringComparer.OrdinalIgnoreCase);

    public static LeadField Resolve(string column, IReadOnlyCollection<string> ignored)
    {
        var name = column.Trim();
        if (ignored.Contains(name, StringComparer.OrdinalIgnoreCase) || Derived.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return LeadField.Ignored;
        }

        // A custom field (Region__c) is never a standard one, whatever its letters.
        if (name.EndsWith("__c", StringComparison.OrdinalIgnoreCase))
        {
            return LeadField.Custom;
        }

        return ByName.TryGetValue(Normalize(name), out var field) ? field : LeadField.Custom;
    }

    /// <summary>The column name written for a field: Salesforce's field name, or the library's property name for the
    /// fields Salesforce does not have (disqualification reason, readiness signals).</summary>
    public static string NameOf(LeadField field) => field.ToString();

    /// <summary>A column name for custom fields: the name as written, or <c>Column{n}</c> when the header cell is blank.</summary>
    public static string CustomName(string column, int index) => string.IsNullOrWhiteSpace(column) ? $"Column{index + 1}" : column.Trim();

    private static string Normalize(string name) =>
        string.Create(name.Count(char.IsLetterOrDigit), name, static (span, text) =>
        {
            var i = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });

    private static Dictionary<string, LeadField> Build()
    {
        var map = new Dictionary<string, LeadField>(StringComparer.Ordinal);
        foreach (var field in Enum.GetValues<LeadField>())
        {
            if (field is not (LeadField.Custom or LeadField.Ignored))
            {
                map[Normalize(field.ToString())] = field;
            }
        }

        // Salesforce's labels for the standard lead fields, as report exports write them.
        (string Label, LeadField Field)[] labels =
        [
            ("Lead ID", LeadField.Id), ("Record ID", LeadField.Id), ("First Name", LeadField.FirstName), ("Last Name", LeadField.LastName),
            ("Middle Name", LeadField.MiddleName), ("Company / Account", LeadField.Company), ("Mobile", LeadField.MobilePhone),
            ("Zip/Postal Code", LeadField.PostalCode), ("Zip", LeadField.PostalCode), ("Postal Code", LeadField.PostalCode),
            ("State/Province", LeadField.State), ("Lead Status", LeadField.Status), ("No. of Employees", LeadField.NumberOfEmployees),
            ("Employees", LeadField.NumberOfEmployees), ("Email Opt Out", LeadField.HasOptedOutOfEmail), ("Fax Opt Out", LeadField.HasOptedOutOfFax),
            ("Do Not Email", LeadField.HasOptedOutOfEmail), ("Converted", LeadField.IsConverted), ("Created Date", LeadField.CreatedDate),
            ("Lead Owner ID", LeadField.OwnerId), ("Owner ID", LeadField.OwnerId), ("Campaign ID", LeadField.CampaignId),
            ("Converted Account ID", LeadField.ConvertedAccountId), ("Converted Contact ID", LeadField.ConvertedContactId),
            ("Converted Opportunity ID", LeadField.ConvertedOpportunityId), ("Website", LeadField.Website),
        ];
        foreach (var (label, field) in labels)
        {
            map[Normalize(label)] = field;
        }

        return map;
    }
}
