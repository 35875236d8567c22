namespace LeadLifecycle.Salesforce;

/// <summary>How <see cref="SalesforceMetadataReader"/> reads metadata files and turns them into definitions.</summary>
public sealed record SalesforceMetadataOptions
{
    /// <summary>Gets the default options.</summary>
    public static SalesforceMetadataOptions Default { get; } = new();

    /// <summary>Gets the largest file read, in bytes (whatever the encoding, seekable stream or not); a larger file is a
    /// <see cref="MetadataLimitExceededError"/> with the line where the limit was reached.</summary>
    /// <remarks>Default: 8 MiB, far above the largest real value set or conversion settings file (tens of KB).</remarks>
    public long MaxFileSizeBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Gets the deepest element nesting read (the root element is depth 1); a deeper element is a
    /// <see cref="MetadataLimitExceededError"/> with its line.</summary>
    /// <remarks>Default: 32. The deepest element of the files read here is at depth 4
    /// (<c>LeadConvertSettings/objectMapping/mappingFields/inputField</c>), and about 8 in a whole <c>.object</c> file of
    /// the older layout; the limit also applies inside elements the reader ignores.</remarks>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Gets the most values a value set or business process may list; more is a
    /// <see cref="MetadataLimitExceededError"/> at the first value past the limit.</summary>
    /// <remarks>Default: 1,000. Salesforce Help ("Picklist Limitations") caps Lead Status and Opportunity Stage at 100
    /// values and other picklists at 1,000 active values, so no set an org can hold is refused, while a hostile file
    /// cannot make a lead process (whose standard transitions grow with the square of its statuses) exhaust memory.</remarks>
    public int MaxValuesPerSet { get; init; } = 1000;

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

    /// <summary>Gets a value indicating whether <see cref="SalesforceMetadataReader.LoadSourceFolder"/> fails as a whole
    /// when any definition in the folder is broken.</summary>
    /// <remarks>Default: false: every sound definition is loaded and each broken one is listed with its errors in
    /// <see cref="SalesforceSourceDefinitions.BrokenDefinitions"/>. When true, one problem fails the whole load and the
    /// failed result lists every problem.</remarks>
    public bool Strict { get; init; }
}
