using LeadLifecycle.Conversion;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads account records from Salesforce exports: <c>sf data tree</c> JSON and Data Loader, Data Export or report CSV.</summary>
/// <remarks><c>BillingStreet</c>, <c>BillingCity</c>, <c>BillingState</c>, <c>BillingPostalCode</c> and
/// <c>BillingCountry</c> (or a compound <c>BillingAddress</c>) form <see cref="Account.BillingAddress"/>; shipping and
/// other columns become custom fields. Everything else is as <see cref="SalesforceRecordReader{TRecord}"/> describes.</remarks>
public sealed class AccountRecordReader : SalesforceRecordReader<Account>
{
    /// <summary>Initializes a new instance of the <see cref="AccountRecordReader"/> class with the default options.</summary>
    public AccountRecordReader()
        : this(RecordImportOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AccountRecordReader"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (see <see cref="RecordImportOptions"/>).</exception>
    public AccountRecordReader(RecordImportOptions options)
        : base(options, AccountSchema.Instance)
    {
    }
}
