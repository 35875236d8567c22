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
    /// those whose object cannot be told from the path or file name, and object files (<c>.object</c>) other than
    /// <c>Lead.object</c> and <c>Opportunity.object</c>.</summary>
    public IReadOnlyList<string> SkippedFiles { get; }

    /// <summary>Gets what was read in a way Salesforce tolerates but the files should not rely on; empty when the folder
    /// is clean.</summary>
    /// <remarks>Values named by their label (<see cref="ValueResolvedByLabelWarning"/>, also on each definition's
    /// <see cref="LoadedDefinition{TDefinition}.Warnings"/>), a conversion field mapping listed twice, files with no
    /// length that were skipped (<see cref="MalformedFileError"/>), and, with <see cref="SalesforceMetadataOptions.Strict"/>,
    /// the problems of inactive business processes left out because they break only the library's rules.</remarks>
    public IReadOnlyList<LeadLifecycle.Errors.LeadLifecycleError> Warnings { get; init; } = [];

    /// <summary>Gets the definitions that could not be loaded, each with its problems; empty when everything loaded.</summary>
    /// <remarks>Always empty with <see cref="SalesforceMetadataOptions.Strict"/>, where a problem fails the whole load.
    /// A business process over a broken or missing value set is broken too.</remarks>
    public IReadOnlyList<BrokenDefinition> BrokenDefinitions { get; init; } = [];

    /// <summary>Gets the whole OpportunityStage value set as one sales process ("Master"); null when the folder has none.</summary>
    /// <remarks>The value set's default stage (else its first active open stage) comes first, as the library starts
    /// new opportunities in the first stage; the others keep the file's order.</remarks>
    public SalesProcess? MasterSalesProcess { get; init; }

    /// <summary>Gets the opportunity business processes (sales processes), in file name order, each over the
    /// OpportunityStage value set; its default stage first, the others in value-set order.</summary>
    public IReadOnlyList<LoadedDefinition<SalesProcess>> SalesProcesses { get; init; } = [];

    /// <summary>Gets the lead conversion settings, when the folder has them.</summary>
    internal LeadConvertSettingsMetadata? LeadConvertSettings { get; init; }

    /// <summary>Lints every lead process and sales process loaded from the folder (<c>LeadProcess.Lint</c>,
    /// <c>SalesProcess.Lint</c>): statuses and stages no record can reach, open ones with no way out, converted statuses
    /// and won stages that cannot be reached, guard bypasses, rules on values that cannot be entered.</summary>
    /// <remarks>The "Master" processes (whole value sets) are linted too; broken definitions
    /// (<see cref="BrokenDefinitions"/>) were not loaded and are not linted. The processes carry the transitions the
    /// reader gave them (<see cref="SalesforceMetadataOptions.PermitStandardTransitions"/>).</remarks>
    /// <returns>One report per process.</returns>
    public SalesforceOrgLintReport Lint()
    {
        var reports = new List<SalesforceProcessLint>();
        if (MasterLeadProcess is { } masterLead)
        {
            reports.Add(new SalesforceProcessLint(SalesforceDefinitionKind.LeadStatusValueSet, masterLead.Name, null, true, masterLead.Lint()));
        }

        reports.AddRange(LeadProcesses.Select(p =>
            new SalesforceProcessLint(SalesforceDefinitionKind.LeadBusinessProcess, p.Definition.Name, p.SourceFile, p.IsActive, p.Definition.Lint())));
        if (MasterSalesProcess is { } masterSales)
        {
            reports.Add(new SalesforceProcessLint(SalesforceDefinitionKind.OpportunityStageValueSet, masterSales.Name, null, true, masterSales.Lint()));
        }

        reports.AddRange(SalesProcesses.Select(p =>
            new SalesforceProcessLint(SalesforceDefinitionKind.SalesBusinessProcess, p.Definition.Name, p.SourceFile, p.IsActive, p.Definition.Lint())));
        return new SalesforceOrgLintReport(reports);
    }

    /// <summary>Gets the org's lead conversion settings (field mapping, opportunity creation); null when the folder has
    /// no <c>LeadConvertSettings</c> file.</summary>
    public LeadConversionSettings? ConversionSettings { get; init; }
}
