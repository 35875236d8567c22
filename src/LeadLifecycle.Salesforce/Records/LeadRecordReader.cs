using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads lead records from Salesforce exports: <c>sf data tree</c> JSON files and CSV files from Data Loader
/// or report exports.</summary>
/// <remarks>
/// <para>Column (field) names match the lead's Salesforce field names and the labels report exports use ("Lead Source",
/// "Zip/Postal Code"), ignoring case, spaces and punctuation; <c>Street</c>,
/// <c>City</c>, <c>State</c>, <c>PostalCode</c> and <c>Country</c> form the address, and a compound
/// <c>Address</c> column holding JSON fills the parts those columns leave empty. <c>CreatedDate</c> becomes
/// <see cref="LeadLifecycle.Leads.Lead.CreatedAt"/>. Every other column becomes a custom field, except
/// <see cref="LeadImportOptions.IgnoredColumns"/> and <c>Name</c> (derived by Salesforce) when a CSV file also has first
/// or last name columns. A blank header cell is named <c>ColumnN</c>; a repeated one gets its column number.</para>
/// <para>Values are read in every form real exports use: booleans as <c>true</c>/<c>false</c> in any case,
/// <c>1</c>/<c>0</c>, <c>yes</c>/<c>no</c> or empty (false); dates as <c>yyyy-MM-dd</c>, <c>M/d/yyyy</c> or <c>M/d/yy</c>; date-times
/// as ISO 8601 (also Salesforce's <c>+0000</c> offsets) or <c>M/d/yyyy h:mm tt</c>; numbers as JSON numbers or
/// text. Empty text is null.</para>
/// <para>Every record becomes a lead or an <see cref="ImportedLead"/> with its errors (row, line and column):
/// nothing is dropped silently, and no content of a file makes a method throw. Stateless and thread-safe.</para>
/// </remarks>
public sealed partial class LeadRecordReader
{
    private readonly LeadImportOptions _options;

    /// <summary>Initializes a new instance of the <see cref="LeadRecordReader"/> class with the default options.</summary>
    public LeadRecordReader()
        : this(LeadImportOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LeadRecordReader"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The JSON size limit is not positive.</exception>
    public LeadRecordReader(LeadImportOptions options)
    {
        _options = Preconditions.NotNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxJsonFileSizeBytes, nameof(options));
        ArgumentNullException.ThrowIfNull(options.IgnoredColumns, nameof(options));
    }

    /// <summary>Gets the options.</summary>
    public LeadImportOptions Options => _options;

    /// <summary>Maps the columns of a file to lead fields.</summary>
    private (LeadField[] Fields, List<string> Custom, List<string> Ignored) MapColumns(string[] names)
    {
        var fields = new LeadField[names.Length];
        var custom = new List<string>();
        var ignored = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            fields[i] = LeadFieldNames.Resolve(names[i], _options.IgnoredColumns);
        }

        // The derived Name is redundant only when the name parts are there too; otherwise it is the only name: keep it.
        if (!fields.Contains(LeadField.LastName) && !fields.Contains(LeadField.FirstName))
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (fields[i] == LeadField.Ignored && LeadFieldNames.IsDerived(names[i]) && !_options.IgnoredColumns.Contains(names[i], StringComparer.OrdinalIgnoreCase))
                {
                    fields[i] = LeadField.Custom;
                }
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            (fields[i] switch { LeadField.Custom => custom, LeadField.Ignored => ignored, _ => null })?.Add(names[i]);
        }

        return (fields, custom, ignored);
    }

    /// <summary>The record as a lead, or with a status error when <see cref="LeadImportOptions.LeadProcess"/> lacks its status.</summary>
    private ImportedLead Accept(LeadLifecycle.Leads.Lead lead, int row, int line, string source, string statusColumn)
    {
        if (_options.LeadProcess is { } process && lead.Status.Length > 0 && process.FindStatus(lead.Status) is null)
        {
            return Failed(row, line, new RecordFieldError(source, row, line, statusColumn, lead.Status, $"a status of the lead process '{process.Name}'"));
        }

        return new ImportedLead(row, line, lead, []);
    }

    private static ImportedLead Failed(int row, int line, LeadLifecycleError error) => new(row, line, null, [error]);
}
