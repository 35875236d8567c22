using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <summary>Something an import read in a way the file did not say plainly: a field value that could not be read and was
/// left empty (<see cref="SalesforceErrorCodes.InvalidTypeOnFieldInRecord"/>), or a file decoded by the fallback
/// encoding (<see cref="SalesforceErrorCodes.EncodingFallback"/>).</summary>
/// <remarks>A FluentResults <see cref="Success"/> reason: a record's warnings are among its result's
/// <c>Successes</c>, and every warning of an import is in <see cref="RecordImportResult{TRecord}.Warnings"/>. Every
/// property is also an entry of <see cref="IReason.Metadata"/> keyed by the property's name (<c>Value</c> only when not
/// null).</remarks>
public sealed class ImportWarning : Success
{
    /// <summary>Initializes a new instance of the <see cref="ImportWarning"/> class.</summary>
    /// <param name="code">The code: a constant of <see cref="SalesforceErrorCodes"/>.</param>
    /// <param name="source">The file's path or name.</param>
    /// <param name="row">The 1-based record number, the header not counted; 0 for the file as a whole.</param>
    /// <param name="line">The 1-based line the record starts on; 0 when unknown or for the file as a whole.</param>
    /// <param name="column">The column (field) name as the file spells it; null for the file as a whole.</param>
    /// <param name="value">The value found; null for the file as a whole.</param>
    /// <param name="detail">What was expected, or what was done.</param>
    public ImportWarning(string code, string source, int row, int line, string? column, string? value, string detail)
        : base(row == 0
            ? $"{source}: {detail}"
            : $"{source}: row {row}{(line > 0 ? $" (line {line})" : string.Empty)}, column {column}: '{value}' is not {detail}; the field was left empty.")
    {
        Code = Preconditions.NotBlank(code);
        Source = source;
        Row = row;
        Line = line;
        Column = column;
        Value = value;
        Detail = detail;
        Metadata[nameof(Code)] = code;
        Metadata[nameof(Source)] = source;
        Metadata[nameof(Row)] = row;
        Metadata[nameof(Line)] = line;
        if (column is not null)
        {
            Metadata[nameof(Column)] = column;
        }

        if (value is not null)
        {
            Metadata[nameof(Value)] = value;
        }

        Metadata[nameof(Detail)] = detail;
    }

    /// <summary>Gets the code: a constant of <see cref="SalesforceErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the file's path or name.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based record number, the header not counted; 0 for the file as a whole.</summary>
    public int Row { get; }

    /// <summary>Gets the 1-based line the record starts on; 0 when unknown or for the file as a whole.</summary>
    public int Line { get; }

    /// <summary>Gets the column (field) name as the file spells it; null for the file as a whole.</summary>
    public string? Column { get; }

    /// <summary>Gets the value found; null for the file as a whole.</summary>
    public string? Value { get; }

    /// <summary>Gets what was expected (for a field) or what was done (for the file).</summary>
    public string Detail { get; }
}
