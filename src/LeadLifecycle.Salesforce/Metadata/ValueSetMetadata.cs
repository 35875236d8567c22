using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>One <c>standardValue</c> of a standard value set file, as written; flags a set lacks stay at their defaults.</summary>
internal sealed record ValueSetEntry(string Name, int Line)
{
    public string? Label { get; init; }

    public bool IsDefault { get; init; }

    public bool IsConverted { get; init; }

    public bool IsClosed { get; init; }

    public bool IsWon { get; init; }

    public int? Probability { get; init; }

    public ForecastCategory? ForecastCategory { get; init; }

    public bool IsActive { get; init; } = true;

    public string? Description { get; init; }
}

/// <summary>A standard value set file (<c>LeadStatus</c>, <c>OpportunityStage</c>, <c>LeadSource</c>...), values in file order.</summary>
internal sealed record ValueSetMetadata(string File, string Name, IReadOnlyList<ValueSetEntry> Values);

/// <summary>One value a business process selects, its name URL-decoded.</summary>
internal sealed record BusinessProcessValue(string Name, bool IsDefault, int Line);

/// <summary>A business process file: a named selection of a value set's values.</summary>
internal sealed record BusinessProcessMetadata(
    string File,
    string Name,
    string? Description,
    bool IsActive,
    IReadOnlyList<BusinessProcessValue> Values)
{
    /// <summary>Gets the line problems of the process as a whole are reported at: 0 (the whole file) for a process in its
    /// own file, the <c>&lt;businessProcesses&gt;</c> element's line in an object file.</summary>
    public int Line { get; init; }
}

/// <summary>One custom-field mapping of lead conversion: a lead field to a field of the account, contact or opportunity.</summary>
internal sealed record LeadConvertFieldMapping(string InputField, string OutputObject, string OutputField, int Line);

/// <summary>The lead conversion settings file; <c>OpportunityCreationOptions</c> is VisibleOptional (Salesforce's default
/// when absent), VisibleRequired or NotVisible.</summary>
internal sealed record LeadConvertSettingsMetadata(
    string File,
    bool? AllowOwnerChange,
    string OpportunityCreationOptions,
    IReadOnlyList<LeadConvertFieldMapping> FieldMappings);
