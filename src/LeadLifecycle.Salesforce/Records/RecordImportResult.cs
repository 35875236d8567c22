using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>What reading an export gave: one FluentResults <see cref="Result{TValue}"/> per record, in file order, and
/// what became of each column.</summary>
/// <typeparam name="TRecord">The record type: <see cref="LeadLifecycle.Leads.Lead"/>,
/// <see cref="LeadLifecycle.Conversion.Account"/>, <see cref="LeadLifecycle.Conversion.Contact"/> or
/// <see cref="LeadLifecycle.Opportunities.Opportunity"/>.</typeparam>
/// <remarks>Nothing is dropped silently: the <c>n</c>-th entry of <see cref="Records"/> is the file's <c>n</c>-th record
/// (row <c>n</c>), as the record, or failed with its errors (each naming source, row, line and column); warnings (a value
/// left empty) are the result's <c>Successes</c>. Problems with the file as a whole are in <see cref="FileErrors"/>;
/// columns that are not standard fields are listed in <see cref="CustomFieldColumns"/> (their values are in each
/// record's custom fields) or <see cref="IgnoredColumns"/>.</remarks>
public sealed class RecordImportResult<TRecord>
    where TRecord : class
{
    internal RecordImportResult(
        string source,
        IReadOnlyList<Result<TRecord>> records,
        IReadOnlyList<int> lines,
        IReadOnlyList<LeadLifecycleError> fileErrors,
        IReadOnlyList<ImportWarning> fileWarnings,
        IReadOnlyList<string> customFieldColumns,
        IReadOnlyList<string> ignoredColumns)
    {
        Source = source;
        Records = records;
        Lines = lines;
        FileErrors = fileErrors;
        CustomFieldColumns = customFieldColumns;
        IgnoredColumns = ignoredColumns;
        Imported = [.. records.Where(r => r.IsSuccess).Select(r => r.Value)];
        Errors = [.. fileErrors, .. records.SelectMany(r => r.Errors.OfType<LeadLifecycleError>())];
        Warnings = [.. fileWarnings, .. records.SelectMany(r => r.Successes.OfType<ImportWarning>())];
    }

    /// <summary>Gets the file's path or name.</summary>
    public string Source { get; }

    /// <summary>Gets one result per record, in file order: entry <c>n - 1</c> is row <c>n</c>.</summary>
    public IReadOnlyList<Result<TRecord>> Records { get; }

    /// <summary>Gets the 1-based line each of <see cref="Records"/> starts on (0 when unknown), by the same index.</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>Gets the records read, in file order (the successful <see cref="Records"/>).</summary>
    public IReadOnlyList<TRecord> Imported { get; }

    /// <summary>Gets the problems with the file as a whole (not readable, not well-formed, too large, not decodable).</summary>
    public IReadOnlyList<LeadLifecycleError> FileErrors { get; }

    /// <summary>Gets every problem: the file's, then each record's in file order.</summary>
    public IReadOnlyList<LeadLifecycleError> Errors { get; }

    /// <summary>Gets every warning: the file's (an encoding fallback), then each record's in file order.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; }

    /// <summary>Gets the columns that are not standard fields and became custom fields, as the file spells them.</summary>
    public IReadOnlyList<string> CustomFieldColumns { get; }

    /// <summary>Gets the columns left out: derived fields (a lead's <c>Name</c>) and <see cref="RecordImportOptions.IgnoredColumns"/>.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Gets a value indicating whether every record was read and the file had no problem (warnings allowed).</summary>
    public bool IsComplete => Errors.Count == 0;
}
