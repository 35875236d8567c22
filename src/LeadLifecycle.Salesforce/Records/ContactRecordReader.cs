using LeadLifecycle.Conversion;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads contact records from Salesforce exports: <c>sf data tree</c> JSON and Data Loader, Data Export or report CSV.</summary>
/// <remarks><c>MailingStreet</c>, <c>MailingCity</c>, <c>MailingState</c>, <c>MailingPostalCode</c> and
/// <c>MailingCountry</c> (or a compound <c>MailingAddress</c>) form <see cref="Contact.MailingAddress"/>; <c>Name</c> is
/// left out when first or last name columns are there. Everything else is as
/// <see cref="SalesforceRecordReader{TRecord}"/> describes.</remarks>
public sealed class ContactRecordReader : SalesforceRecordReader<Contact>
{
    /// <summary>Initializes a new instance of the <see cref="ContactRecordReader"/> class with the default options.</summary>
    public ContactRecordReader()
        : this(RecordImportOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ContactRecordReader"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (see <see cref="RecordImportOptions"/>).</exception>
    public ContactRecordReader(RecordImportOptions options)
        : base(options, ContactSchema.Instance)
    {
    }
}
