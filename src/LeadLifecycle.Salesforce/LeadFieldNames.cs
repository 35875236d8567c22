namespace LeadLifecycle.Salesforce;

/// <summary>Salesforce's field names for the lead fields, matched case-insensitively as Salesforce API names are.</summary>
internal static class LeadFieldNames
{
    /// <summary>Derived, read-only fields that are not imported: <c>Name</c> is first, middle and last name joined.</summary>
    public static readonly IReadOnlyList<string> Derived = ["Name"];

    private static readonly Dictionary<string, LeadField> ByName = Build();

    public static LeadField Resolve(string column, IReadOnlyCollection<string> ignored)
    {
        var name = column.Trim();
        if (ignored.Contains(name, StringComparer.OrdinalIgnoreCase) || Derived.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return LeadField.Ignored;
        }

        return ByName.TryGetValue(name, out var field) ? field : LeadField.Custom;
    }

    /// <summary>The column name written for a field: Salesforce's field name, or the library's property name for the
    /// fields Salesforce does not have (disqualification reason, readiness signals).</summary>
    public static string NameOf(LeadField field) => field switch
    {
        LeadField.CreatedDate => "CreatedDate",
        _ => field.ToString(),
    };

    private static Dictionary<string, LeadField> Build()
    {
        var map = new Dictionary<string, LeadField>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in Enum.GetValues<LeadField>())
        {
            if (field is not (LeadField.Custom or LeadField.Ignored))
            {
                map[field.ToString()] = field;
            }
        }

        return map;
    }
}
