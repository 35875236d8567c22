using LeadLifecycle.Leads;

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

    /// <summary>Gets the OpportunityStage value set as one validated sales process, when the folder has one.</summary>
    internal SalesProcessMetadata? MasterSalesProcess { get; init; }

    /// <summary>Gets the opportunity business processes, validated.</summary>
    internal IReadOnlyList<SalesProcessMetadata> SalesProcesses { get; init; } = [];

    /// <summary>Gets the lead conversion settings, when the folder has them.</summary>
    internal LeadConvertSettingsMetadata? LeadConvertSettings { get; init; }
}
