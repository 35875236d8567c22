using System.Globalization;
using System.Text;

namespace LeadLifecycle.Salesforce;

/// <summary>How the record readers (<see cref="LeadRecordReader"/>, <see cref="AccountRecordReader"/>,
/// <see cref="ContactRecordReader"/>, <see cref="OpportunityRecordReader"/>) read exports.</summary>
public sealed record RecordImportOptions
{
    /// <summary>The default <see cref="MaxRowLength"/>: 4,194,304 characters.</summary>
    public const int DefaultMaxRowLength = 4 * 1024 * 1024;

    /// <summary>Gets the default options.</summary>
    public static RecordImportOptions Default { get; } = new();

    /// <summary>Gets the offset given to date-times written without one; at most 14 hours either way.</summary>
    /// <remarks>Default: UTC. Data Loader and the APIs write UTC with an offset; report exports write the exporting
    /// user's local time without one (<c>02/24/26 02:18 AM</c>): set that user's offset here. A date-time whose UTC
    /// instant falls outside the years 0001-9999 at this offset (the CRM sentinel <c>9999-12-31T23:59:59</c> at
    /// -5 hours) cannot be read: a warning with the field left empty, or an error in <see cref="Strict"/> mode.</remarks>
    public TimeSpan UnzonedOffset { get; init; } = TimeSpan.Zero;

    /// <summary>Gets the culture whose date and time forms report exports used (the exporting user's locale), e.g.
    /// <c>de-DE</c> for <c>08.06.2020</c>, <c>nl-NL</c> for <c>8-6-2020 15:38</c>; null (the default) reads the US forms
    /// <c>M/d/yyyy h:mm tt</c> and <c>M/d/yy</c>.</summary>
    /// <remarks>ISO 8601 (what Data Loader and <c>sf data tree</c> write) is always read first, whatever the culture.
    /// Numbers are always read with the invariant culture.</remarks>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets further exact date or date-time formats (.NET custom format strings such as <c>dd-MM-yyyy HH:mm</c>),
    /// tried after ISO 8601 and before the culture's forms; default none.</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>Gets the encoding of CSV bytes without a byte-order mark; null (the default) detects it.</summary>
    /// <remarks>A byte-order mark (UTF-8, UTF-16, UTF-32) always wins. Without one and without this option, a file or
    /// seekable stream is checked first: valid UTF-8 is read as UTF-8, anything else as Windows-1252 (what Data Export and
    /// Excel write on Western-European Windows; a superset of ISO-8859-1's printable characters) with an
    /// <see cref="ImportWarning"/> (<see cref="SalesforceErrorCodes.EncodingFallback"/>), so <c>Müller</c> stays
    /// <c>Müller</c>. A stream that cannot seek is read as UTF-8, and bytes that are not UTF-8 stop the import with a
    /// <see cref="MalformedFileError"/> naming this option; nothing is ever silently replaced by U+FFFD.
    /// <see cref="Encoding.Latin1"/> is built in; Windows-1252 itself through <see cref="Encoding.GetEncoding(int)"/>
    /// needs <c>System.Text.Encoding.CodePages</c>.</remarks>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets a value indicating whether a value that cannot be read rejects the record (default: false).</summary>
    /// <remarks>Default: a field whose value cannot be read (a date in another form, a number with letters) is left empty
    /// and the record is kept with an <see cref="ImportWarning"/> holding the row, line, column and value. Fields that
    /// decide what a record is (a lead's <c>IsConverted</c>, an opportunity's <c>StageName</c>, <c>CloseDate</c>,
    /// <c>IsClosed</c>, <c>IsWon</c>) always reject it with a <see cref="RecordFieldError"/>. Strict: every such value
    /// is a <see cref="RecordFieldError"/> and the record is rejected.</remarks>
    public bool Strict { get; init; }

    /// <summary>Gets further column names to leave out, matched case-insensitively; they are listed in
    /// <see cref="RecordImportResult{TRecord}.IgnoredColumns"/>.</summary>
    /// <remarks>Default: none. A derived name (a lead's or contact's <c>Name</c>: first, middle and last name joined
    /// by Salesforce) is left out when the file has first or last name columns, and kept as a custom field when it is
    /// the only name; every other column that is not a standard field becomes a custom field.</remarks>
    public IReadOnlyCollection<string> IgnoredColumns { get; init; } = [];

    /// <summary>Gets the longest CSV row read, in characters; a longer row is a <see cref="MalformedRecordError"/> for
    /// that row, and reading goes on with the next.</summary>
    /// <remarks>Default: <see cref="DefaultMaxRowLength"/> (4,194,304 characters: 32 Salesforce long text areas at
    /// their 131,072-character maximum). Memory held while reading is about this many characters at most. At most
    /// 16,000,000: the CSV parser's own limit lies above it.</remarks>
    public int MaxRowLength { get; init; } = DefaultMaxRowLength;

    /// <summary>Gets the largest JSON file read, in bytes; a larger file is a <see cref="MalformedFileError"/>.</summary>
    /// <remarks>Default: 256 MiB. <c>sf data tree</c> files hold at most 200 records each. CSV is streamed and has
    /// no file size limit.</remarks>
    public long MaxJsonFileSizeBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Checks the options; a broken one is a contract violation.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxJsonFileSizeBytes, nameof(MaxJsonFileSizeBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRowLength, 16, nameof(MaxRowLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRowLength, 16_000_000, nameof(MaxRowLength));
        ArgumentNullException.ThrowIfNull(IgnoredColumns, nameof(IgnoredColumns));
        ArgumentNullException.ThrowIfNull(DateFormats, nameof(DateFormats));
        if (UnzonedOffset.Duration() > TimeSpan.FromHours(14) || UnzonedOffset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(UnzonedOffset), UnzonedOffset, "An offset is whole minutes, at most 14 hours either way.");
        }

        if (DateFormats.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A date format must not be blank.", nameof(DateFormats));
        }
    }
}
