namespace LeadLifecycle.Salesforce;

/// <summary>How <see cref="LeadRecordReader"/> reads lead records.</summary>
public sealed record LeadImportOptions
{
    /// <summary>Gets the default options.</summary>
    public static LeadImportOptions Default { get; } = new();

    /// <summary>Gets the offset given to date-times written without one.</summary>
    /// <remarks>Default: UTC. Data Loader and the APIs write UTC with an offset; report exports write the exporting
    /// user's local time without one (<c>02/24/26 02:18 AM</c>): set that user's offset here.</remarks>
    public TimeSpan UnzonedOffset { get; init; } = TimeSpan.Zero;

    /// <summary>Gets further column names to leave out, matched case-insensitively; they are listed in
    /// <see cref="LeadImportResult.IgnoredColumns"/>.</summary>
    /// <remarks>Default: none. <c>Name</c> (first, middle and last name joined by Salesforce) is left out when the
    /// file has first or last name columns, and kept as a custom field when it is the only name; every other column
    /// that is not a lead field becomes a custom field.</remarks>
    public IReadOnlyCollection<string> IgnoredColumns { get; init; } = [];

    /// <summary>Gets the lead process whose statuses the records must use; null (the default) checks nothing.</summary>
    /// <remarks>When set, a record whose <c>Status</c> is not empty and not a status of the process gets a
    /// <see cref="RecordFieldError"/> on its status column, e.g. to check an export against the process loaded from
    /// the same org.</remarks>
    public LeadLifecycle.Leads.LeadProcess? LeadProcess { get; init; }

    /// <summary>Gets the largest JSON file read, in bytes; a larger file is a <see cref="MalformedFileError"/>.</summary>
    /// <remarks>Default: 256 MiB. <c>sf data tree</c> files hold at most 200 records each. CSV is streamed and has
    /// no limit.</remarks>
    public long MaxJsonFileSizeBytes { get; init; } = 256L * 1024 * 1024;
}
