using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A record's field holds a value that cannot be read as its type
/// (<see cref="SalesforceErrorCodes.InvalidTypeOnFieldInRecord"/>, Salesforce's code).</summary>
public sealed class RecordFieldError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="RecordFieldError"/> class.</summary>
    /// <param name="source">The file's path or name.</param>
    /// <param name="row">The 1-based record number, the header not counted.</param>
    /// <param name="line">The 1-based line the record starts on; 0 when unknown.</param>
    /// <param name="column">The column (field) name as the file spells it.</param>
    /// <param name="value">The value found.</param>
    /// <param name="expected">What the field needs, e.g. "a date (yyyy-MM-dd or M/d/yyyy)".</param>
    public RecordFieldError(string source, int row, int line, string column, string? value, string expected)
        : base(SalesforceErrorCodes.InvalidTypeOnFieldInRecord, $"{source}: row {row}{(line > 0 ? $" (line {line})" : string.Empty)}, column {column}: '{value}' is not {expected}.")
    {
        Source = source;
        Row = row;
        Line = line;
        Column = column;
        Value = value;
        Expected = expected;
        AddMetadata((nameof(Source), Source), (nameof(Row), Row), (nameof(Line), Line), (nameof(Column), Column), (nameof(Value), Value), (nameof(Expected), Expected));
    }

    /// <summary>Gets the file's path or name.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based record number, the header not counted.</summary>
    public int Row { get; }

    /// <summary>Gets the 1-based line the record starts on; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the column (field) name as the file spells it.</summary>
    public string Column { get; }

    /// <summary>Gets the value found.</summary>
    public string? Value { get; }

    /// <summary>Gets what the field needs.</summary>
    public string Expected { get; }
}
