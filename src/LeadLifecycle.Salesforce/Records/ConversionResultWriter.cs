using LeadLifecycle.Conversion;
using LeadLifecycle.Opportunities;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>Writes conversion results back as CSV files with Salesforce field names, ready for Data Loader: the
/// accounts, person accounts, contacts and opportunities, and the updated leads.</summary>
/// <remarks>
/// <para>Each record is written once (by id), in conversion order: an account that several leads merged into is one
/// row. Records that share an id must be the same record (convert the next lead into the account the previous
/// conversion returned); two different records with one id, or one id created by two conversions (a faulty
/// <see cref="IIdGenerator"/>), throw an <see cref="ArgumentException"/> naming the id before any file is written.
/// Read-only and derived fields (<c>IsClosed</c>, <c>IsWon</c>, <c>ExpectedRevenue</c>, <c>Name</c> of a contact or
/// person account) are not written; custom fields follow the standard columns, in name order. The forecast category
/// is written as Salesforce's <c>ForecastCategoryName</c> picklist value (<c>Best Case</c>, <c>Commit</c>,
/// <c>Most Likely</c>).</para>
/// <para>Person accounts (<see cref="Account.IsPersonAccount"/>) go to their own file, <c>PersonAccount.csv</c>: an
/// insert with the person's names and <c>Person*</c> fields instead of <c>Name</c>, custom contact fields as
/// <c>__pc</c> columns, and a <c>RecordTypeId</c> column, which must be the id of the org's person-account record type
/// (<see cref="DataLoaderFileOptions.PersonAccountRecordTypeId"/>; without it the placeholder
/// <see cref="PersonAccountRecordTypePlaceholder"/> is written, which Data Loader refuses, so a person account is never
/// inserted as a business account by mistake). Salesforce creates the contact behind a person account with it, so
/// that contact is not written to <c>Contact.csv</c>.</para>
/// <para>New records carry the ids the library generated: for a Data Loader insert, map <c>Id</c> to an external-id
/// field or leave it out, and load accounts before contacts and opportunities. Salesforce sets a lead's
/// <c>IsConverted</c> and <c>Converted*Id</c> only through its convert call; the lead file records them for
/// reconciliation.</para>
/// </remarks>
public static partial class ConversionResultWriter
{
    /// <summary>The text written as <c>RecordTypeId</c> of person accounts when no record type id is given.</summary>
    public const string PersonAccountRecordTypePlaceholder = "PERSON_ACCOUNT_RECORD_TYPE_ID";

    /// <summary>Writes business accounts as CSV, a header row first.</summary>
    /// <param name="accounts">The accounts; no person account (see <see cref="WritePersonAccounts"/>).</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentException">A person account is among them, or two different accounts share an id.</exception>
    public static void WriteAccounts(IEnumerable<Account> accounts, TextWriter output)
    {
        var list = Distinct(accounts, a => a.Id.Value, "account");
        if (list.Find(a => a.IsPersonAccount) is { } person)
        {
            throw new ArgumentException($"Account {person.Id} is a person account: write it with WritePersonAccounts.", nameof(accounts));
        }

        Write(list, AccountColumns, a => a.CustomFields, output);
    }

    /// <summary>Writes person accounts as CSV for a Data Loader insert, a header row first.</summary>
    /// <param name="accounts">The person accounts.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="recordTypeId">The id of the org's person-account record type, written as <c>RecordTypeId</c>.</param>
    /// <exception cref="ArgumentException">A business account is among them, or two different accounts share an id.</exception>
    public static void WritePersonAccounts(IEnumerable<Account> accounts, TextWriter output, string recordTypeId)
    {
        Preconditions.NotBlank(recordTypeId);
        var list = Distinct(accounts, a => a.Id.Value, "account");
        if (list.Find(a => !a.IsPersonAccount) is { } business)
        {
            throw new ArgumentException($"Account {business.Id} is a business account: write it with WriteAccounts.", nameof(accounts));
        }

        (string, Func<Account, string?>)[] columns = [PersonAccountColumns[0], ("RecordTypeId", _ => recordTypeId), .. PersonAccountColumns[1..]];
        Write(list, columns, a => a.CustomFields, output);
    }

    /// <summary>Writes contacts as CSV, a header row first.</summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentException">Two different contacts share an id.</exception>
    public static void WriteContacts(IEnumerable<Contact> contacts, TextWriter output) =>
        Write(Distinct(contacts, c => c.Id.Value, "contact"), ContactColumns, c => c.CustomFields, output);

    /// <summary>Writes opportunities as CSV, a header row first.</summary>
    /// <param name="opportunities">The opportunities.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <exception cref="ArgumentException">Two different opportunities share an id.</exception>
    public static void WriteOpportunities(IEnumerable<Opportunity> opportunities, TextWriter output) =>
        Write(Distinct(opportunities, o => o.Id.Value, "opportunity"), OpportunityColumns, o => o.CustomFields, output);

    /// <summary>Writes <c>Account.csv</c>, <c>PersonAccount.csv</c>, <c>Contact.csv</c>, <c>Opportunity.csv</c> and
    /// <c>Lead.csv</c> into a folder, with the placeholder as the person-account record type.</summary>
    /// <param name="conversions">The conversion results, e.g. of a bulk conversion.</param>
    /// <param name="folder">The folder; created when missing; existing files of these names are replaced.</param>
    /// <exception cref="ArgumentException">Two different records share an id, or two conversions created the same
    /// id; nothing is written then.</exception>
    public static void WriteDataLoaderFiles(IEnumerable<LeadConversion> conversions, string folder) =>
        WriteDataLoaderFiles(conversions, folder, new DataLoaderFileOptions());

    /// <summary>Writes <c>Account.csv</c>, <c>PersonAccount.csv</c>, <c>Contact.csv</c>, <c>Opportunity.csv</c> and
    /// <c>Lead.csv</c> into a folder.</summary>
    /// <param name="conversions">The conversion results, e.g. of a bulk conversion.</param>
    /// <param name="folder">The folder; created when missing; existing files of these names are replaced.</param>
    /// <param name="options">The person-account record type.</param>
    /// <exception cref="ArgumentException">Two different records share an id, or two conversions created the same
    /// id; nothing is written then.</exception>
    public static void WriteDataLoaderFiles(IEnumerable<LeadConversion> conversions, string folder, DataLoaderFileOptions options)
    {
        Preconditions.NotNull(conversions);
        Preconditions.NotBlank(folder);
        Preconditions.NotNull(options);
        var list = conversions.ToArray();
        CheckCreatedOnce(list);
        var accounts = Distinct(list.Select(c => c.Account), a => a.Id.Value, "account");
        var personContacts = accounts.Where(a => a.IsPersonAccount && a.PersonContactId is not null).Select(a => a.PersonContactId!.Value.Value).ToHashSet(StringComparer.Ordinal);
        var contacts = Distinct(list.Select(c => c.Contact), c => c.Id.Value, "contact").Where(c => !personContacts.Contains(c.Id.Value ?? string.Empty)).ToList();
        var opportunities = Distinct(list.Where(c => c.Opportunity is not null).Select(c => c.Opportunity!), o => o.Id.Value, "opportunity");
        var recordType = options.PersonAccountRecordTypeId ?? PersonAccountRecordTypePlaceholder;

        Directory.CreateDirectory(folder);
        Save(folder, "Account.csv", output => WriteAccounts(accounts.Where(a => !a.IsPersonAccount), output));
        Save(folder, "PersonAccount.csv", output => WritePersonAccounts(accounts.Where(a => a.IsPersonAccount), output, recordType));
        Save(folder, "Contact.csv", output => WriteContacts(contacts, output));
        Save(folder, "Opportunity.csv", output => WriteOpportunities(opportunities, output));
        Save(folder, "Lead.csv", output => LeadRecordWriter.WriteCsv([.. list.Select(c => c.Lead)], output));
    }

    /// <summary>Salesforce's <c>ForecastCategoryName</c> picklist value of a forecast category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Omitted, Pipeline, Best Case, Most Likely, Commit or Closed.</returns>
    internal static string ForecastCategoryName(ForecastCategory category) => category switch
    {
        ForecastCategory.Omitted => "Omitted",
        ForecastCategory.Pipeline => "Pipeline",
        ForecastCategory.BestCase => "Best Case",
        ForecastCategory.MostLikely => "Most Likely",
        ForecastCategory.Commit => "Commit",
        ForecastCategory.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown forecast category."),
    };

    /// <summary>An id created by two conversions means the id generator gave it twice.</summary>
    private static void CheckCreatedOnce(LeadConversion[] conversions)
    {
        var created = new Dictionary<string, LeadId>(StringComparer.Ordinal);
        foreach (var conversion in conversions)
        {
            Preconditions.NotNull(conversion);
            Created(conversion.AccountCreated, conversion.Account.Id.Value, "account");
            Created(conversion.ContactCreated, conversion.Contact.Id.Value, "contact");
            Created(conversion.OpportunityCreated, conversion.Opportunity?.Id.Value, "opportunity");

            void Created(bool isNew, string? id, string kind)
            {
                if (isNew && !string.IsNullOrEmpty(id) && !created.TryAdd(kind + ":" + id, conversion.Lead.Id))
                {
                    throw new ArgumentException(
                        $"The {kind} id '{id}' was created by the conversions of leads {created[kind + ":" + id]} and {conversion.Lead.Id}: the id generator gave it twice. Nothing was written.",
                        nameof(conversions));
                }
            }
        }
    }

    private static void Save(string folder, string name, Action<TextWriter> write)
    {
        using var output = new StreamWriter(Path.Combine(folder, name), append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(output);
    }

    /// <summary>Each record once, in order; records sharing an id must be equal.</summary>
    private static List<T> Distinct<T>(IEnumerable<T> records, Func<T, string?> id, string kind)
        where T : class
    {
        Preconditions.NotNull(records);
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        var list = new List<T>();
        foreach (var record in records)
        {
            Preconditions.NotNull(record);
            if (id(record) is not { Length: > 0 } key)
            {
                list.Add(record);
            }
            else if (seen.TryGetValue(key, out var earlier))
            {
                if (!earlier.Equals(record))
                {
                    throw new ArgumentException(
                        $"Two different {kind} records have the id '{key}'. Records sharing an id must be the same record: convert the next lead into the {kind} the previous conversion returned, and check that the id generator never repeats an id.",
                        nameof(records));
                }
            }
            else
            {
                seen.Add(key, record);
                list.Add(record);
            }
        }

        return list;
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
}
