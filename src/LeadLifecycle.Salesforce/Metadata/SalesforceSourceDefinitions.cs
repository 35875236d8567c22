using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>Every definition found in an sfdx source folder by <see cref="SalesforceMetadataReader.LoadSourceFolder"/>.</summary>
public sealed class SalesforceSourceDefinitions
{
    internal SalesforceSourceDefinitions(
        string folder,
        LeadProcess? masterLeadProcess,
        IReadOnlyList<LoadedDefinition<LeadProcess>> leadProcesses,
        IReadOnlyList<PicklistValue> leadSources,
        IReadOnlyList<string> files,
        IReadOnlyList<string> skippedFiles)
    {
        Folder = folder;
        MasterLeadProcess = masterLeadProcess;
        LeadProcesses = leadProcesses;
        LeadSources = leadSources;
        Files = files;
        SkippedFiles = skippedFiles;
    }

    /// <summary>Gets the folder that was searched.</summary>
    public string Folder { get; }

    /// <summary>Gets the whole LeadStatus value set as one lead process ("Master"); null when the folder has none.</summary>
    public LeadProcess? MasterLeadProcess { get; }

    /// <summary>Gets the lead business processes, in file name order, each over the LeadStatus value set.</summary>
    public IReadOnlyList<LoadedDefinition<LeadProcess>> LeadProcesses { get; }

    /// <summary>Gets the LeadSource values; empty when the folder has no LeadSource value set.</summary>
    public IReadOnlyList<PicklistValue> LeadSources { get; }

    /// <summary>Gets every file that was read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets the business process files of other objects (Case, Solution...), which this library does not model,
    /// and those whose object cannot be told from the path or file name.</summary>
    public IReadOnlyList<string> SkippedFiles { get; }

    /// <summary>Gets the problems of inactive business processes that were left out because they break the library's
    /// rules for definitions (e.g. a sales process of closed stages only); empty when every process was loaded.</summary>
    /// <remarks>An inactive process is kept by the org for old records only, so it does not block loading the rest. An
    /// inactive process whose file is itself wrong (malformed, naming a value its value set lacks) is still an error.</remarks>
    public IReadOnlyList<LeadLifecycle.Errors.LeadLifecycleError> Warnings { get; init; } = [];

    /// <summary>Gets the whole OpportunityStage value set as one sales process ("Master"); null when the folder has none.</summary>
    /// <remarks>The value set's default stage (else its first active open stage) comes first, as the library starts
    /// new opportunities in the first stage; the others keep the file's order.</remarks>
    public SalesProcess? MasterSalesProcess { get; init; }

    /// <summary>Gets the opportunity business processes (sales processes), in file name order, each over the
    /// OpportunityStage value set; its default stage first, the others in value-set order.</summary>
    public IReadOnlyList<LoadedDefinition<SalesProcess>> SalesProcesses { get; init; } = [];

    /// <summary>Gets the lead conversion settings, when the folder has them.</summary>
    internal LeadConvertSettingsMetadata? LeadConvertSettings { get; init; }

    /// <summary>Gets the org's lead conversion settings (field mapping, opportunity creation); null when the folder has
    /// no <c>LeadConvertSettings</c> file.</summary>
    public LeadConversionSettings? ConversionSettings { get; init; }
}
