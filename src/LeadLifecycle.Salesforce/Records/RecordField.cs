namespace LeadLifecycle.Salesforce;

/// <summary>One standard field of a record type: its Salesforce name, how its text is read, whether a value that cannot
/// be read rejects the record, and the labels report exports use for it.</summary>
/// <param name="Name">The Salesforce API name, also the column name the writers use.</param>
/// <param name="Kind">How the text is read.</param>
/// <param name="Required">Whether a value that cannot be read rejects the record even outside strict mode.</param>
/// <param name="Labels">The field labels report exports write ("Lead Source").</param>
internal sealed record RecordField(string Name, FieldKind Kind, bool Required, params string[] Labels);
