using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads lead records from Salesforce exports: <c>sf data tree</c> JSON and Data Loader, Data Export or report CSV.</summary>
/// <remarks>
/// <para><c>Street</c>, <c>City</c>, <c>State</c>, <c>PostalCode</c> and <c>Country</c> form the address, and a
/// compound <c>Address</c> column holding JSON fills the parts those columns leave empty. <c>CreatedDate</c> becomes
/// <see cref="Lead.CreatedAt"/>. <c>Name</c> (derived by Salesforce) is left out when the file also has first or last
/// name columns. A value of <c>IsConverted</c> that cannot be read always rejects the record.</para>
/// <para>With a <see cref="LeadProcess"/>, a record whose <c>Status</c> is not empty and not a status of the process is
/// rejected with a <see cref="RecordFieldError"/> on its status column (e.g. to check an export against the process
/// loaded from the same org). Everything else is as <see cref="SalesforceRecordReader{TRecord}"/> describes.</para>
/// </remarks>
public sealed class LeadRecordReader : SalesforceRecordReader<Lead>
{
    /// <summary>Initializes a new instance of the <see cref="LeadRecordReader"/> class with the default options.</summary>
    public LeadRecordReader()
        : this(RecordImportOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LeadRecordReader"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <param name="leadProcess">The lead process whose statuses the records must use; null checks nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (see <see cref="RecordImportOptions"/>).</exception>
    public LeadRecordReader(RecordImportOptions options, LeadProcess? leadProcess = null)
        : base(options, LeadSchema.Instance)
    {
        LeadProcess = leadProcess;
    }

    /// <summary>Gets the lead process whose statuses the records must use; null checks nothing.</summary>
    public LeadProcess? LeadProcess { get; }

    private protected override Lead Complete(Lead record, RowBuilder row)
    {
        if (LeadProcess is { } process && record.Status.Length > 0 && process.FindStatus(record.Status) is null)
        {
            row.Fail(row.FieldError((int)LeadField.Status, record.Status, $"a status of the lead process '{process.Name}' ({string.Join(", ", process.Statuses.Select(s => s.Name))})"));
        }

        return record;
    }
}
