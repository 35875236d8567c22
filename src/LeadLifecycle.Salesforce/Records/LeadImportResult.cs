using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>What reading an export gave: a lead or errors for every record, and what became of each column.</summary>
/// <remarks>Nothing is dropped silently: every record is in <see cref="Records"/> as a lead or with its errors;
/// problems with the file as a whole are in <see cref="FileErrors"/>; columns that are not lead fields are listed in
/// <see cref="CustomFieldColumns"/> (their values are in each lead's custom fields) or <see cref="IgnoredColumns"/>.</remarks>
public sealed class LeadImportResult
{
    internal LeadImportResult(
        string source,
        IReadOnlyList<ImportedLead> records,
        IReadOnlyList<LeadLifecycleError> fileErrors,
        IReadOnlyList<string> customFieldColumns,
        IReadOnlyList<string> ignoredColumns)
    {
        Source = source;
        Records = records;
        FileErrors = fileErrors;
        CustomFieldColumns = customFieldColumns;
        IgnoredColumns = ignoredColumns;
        Leads = [.. records.Where(r => r.Lead is not null).Select(r => r.Lead!)];
        Errors = [.. fileErrors, .. records.SelectMany(r => r.Errors)];
    }

    /// <summary>Gets the file's path or name.</summary>
    public string Source { get; }

    /// <summary>Gets every record, in file order.</summary>
    public IReadOnlyList<ImportedLead> Records { get; }

    /// <summary>Gets the leads read, in file order.</summary>
    public IReadOnlyList<Lead> Leads { get; }

    /// <summary>Gets the problems with the file as a whole (not readable, not well-formed, too large).</summary>
    public IReadOnlyList<LeadLifecycleError> FileErrors { get; }

    /// <summary>Gets every problem: the file's, then each record's in file order.</summary>
    public IReadOnlyList<LeadLifecycleError> Errors { get; }

    /// <summary>Gets the columns that are not lead fields and became custom fields, as the file spells them.</summary>
    public IReadOnlyList<string> CustomFieldColumns { get; }

    /// <summary>Gets the columns left out: derived fields (<c>Name</c>) and <see cref="LeadImportOptions.IgnoredColumns"/>.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Gets a value indicating whether every record became a lead and the file had no problem.</summary>
    public bool IsComplete => Errors.Count == 0;
}
