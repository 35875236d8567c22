namespace LeadLifecycle.Salesforce;

/// <summary>How the CSV writers (<see cref="LeadRecordWriter"/>) write values.</summary>
public sealed record CsvWriteOptions
{
    /// <summary>Gets the default options: values verbatim.</summary>
    public static CsvWriteOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether text that a spreadsheet would run as a formula is neutralised; default false.</summary>
    /// <remarks>When true, a text or custom field value starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return is written with a leading apostrophe (<c>'=HYPERLINK(...)</c>), as OWASP advises against CSV
    /// injection; numbers, dates, booleans and ids the writer formats itself are never changed. Off by default because
    /// these files are made for Data Loader, which would store the apostrophe in Salesforce (a phone <c>+1 555 0100</c>
    /// would become <c>'+1 555 0100</c>), and the reader does not remove it: turn it on for files people open in Excel or
    /// Google Sheets, not for files you load back.</remarks>
    public bool NeutralizeFormulas { get; init; }

    /// <summary>The value with a leading apostrophe when a spreadsheet would take it for a formula.</summary>
    internal static string Neutralize(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
