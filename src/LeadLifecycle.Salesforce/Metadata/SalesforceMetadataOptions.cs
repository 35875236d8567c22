namespace LeadLifecycle.Salesforce;

/// <summary>How <see cref="SalesforceMetadataReader"/> reads metadata files and turns them into definitions.</summary>
public sealed record SalesforceMetadataOptions
{
    /// <summary>Gets the default options.</summary>
    public static SalesforceMetadataOptions Default { get; } = new();

    /// <summary>Gets the largest file read, in bytes; larger files are a <see cref="MalformedFileError"/>.</summary>
    /// <remarks>Default: 8 MiB, far above the largest real value set or conversion settings file (tens of KB).</remarks>
    public long MaxFileSizeBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Gets the names of the lead statuses that end qualification without conversion (disqualified statuses).</summary>
    /// <remarks>
    /// Salesforce keeps no "closed" flag on a lead status: its metadata has only <c>default</c> and <c>converted</c>.
    /// The rule is therefore: a converted status is closed; any other status is open unless it is named here.
    /// The library never guesses from a name ("Closed - Not Converted", "Unqualified", "Lead verloren" are open
    /// unless listed), because names are free text in any language. With the default (empty) list, a loaded process
    /// has no disqualified status, so <c>Disqualify</c> has no target until you name them. A name that is not in the
    /// value set is an error; names compare exactly (ordinal), like the status names leads store.
    /// </remarks>
    public IReadOnlyCollection<string> ClosedLeadStatuses { get; init; } = [];

    /// <summary>Gets a value indicating whether loaded lead processes get the standard transitions
    /// (<see cref="LeadLifecycle.Leads.LeadProcessBuilder.PermitStandardTransitions"/>), as Salesforce enforces no order.</summary>
    /// <remarks>Default: true. When false, a loaded process has statuses but no transitions.</remarks>
    public bool PermitStandardTransitions { get; init; } = true;

    /// <summary>Gets a value indicating whether disqualified leads may be recycled to an open status.</summary>
    /// <remarks>Default: true. Only used with <see cref="PermitStandardTransitions"/>.</remarks>
    public bool AllowRecycle { get; init; } = true;
}
