namespace LeadLifecycle.Salesforce;

/// <summary>How a record field's text is read.</summary>
internal enum FieldKind
{
    /// <summary>Not a field of the record: kept as a custom field.</summary>
    Custom = 0,

    /// <summary>Left out (derived fields, <see cref="RecordImportOptions.IgnoredColumns"/>).</summary>
    Ignored = 1,

    /// <summary>Plain text; empty is null.</summary>
    Text = 2,

    /// <summary>A Salesforce id; empty and the empty-lookup sentinels are null.</summary>
    Id = 3,

    /// <summary>A number.</summary>
    Decimal = 4,

    /// <summary>A whole number (a percent sign is allowed after it).</summary>
    Integer = 5,

    /// <summary>A boolean.</summary>
    Boolean = 6,

    /// <summary>A date.</summary>
    Date = 7,

    /// <summary>A date and time.</summary>
    DateTime = 8,

    /// <summary>A compound address as JSON.</summary>
    Address = 9,
}
