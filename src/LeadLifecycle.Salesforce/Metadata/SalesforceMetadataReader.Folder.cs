using FluentResults;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <content>Loading a whole source folder, in the sfdx (source) layout or the older Metadata API layout.</content>
public sealed partial class SalesforceMetadataReader
{
    /// <summary>Loads every definition in a source folder: an sfdx project (e.g. <c>force-app/main/default</c>, or the
    /// project root) or a Metadata API <c>src/</c> folder.</summary>
    /// <remarks>
    /// Searches the folder and its subfolders for the <c>LeadStatus</c>, <c>LeadSource</c> and <c>OpportunityStage</c>
    /// standard value sets (<c>*.standardValueSet-meta.xml</c>, or <c>standardValueSets/*.standardValueSet</c>), business
    /// processes (<c>*.businessProcess-meta.xml</c>, the object taken from the <c>objects/&lt;Object&gt;/businessProcesses</c>
    /// path or a <c>Lead.</c> / <c>Opportunity.</c> file name prefix; or the <c>&lt;businessProcesses&gt;</c> of
    /// <c>objects/Lead.object</c> and <c>objects/Opportunity.object</c>), and <c>*.LeadConvertSetting-meta.xml</c>.
    /// <para>Every file is read and checked even after a problem. By default one broken definition does not hide the
    /// rest: every sound definition is loaded and each broken one is listed in
    /// <see cref="SalesforceSourceDefinitions.BrokenDefinitions"/> with its errors (a business process whose value set is
    /// broken or missing is broken too). With <see cref="SalesforceMetadataOptions.Strict"/>, any problem fails the
    /// whole load and the failed result lists every problem (an inactive process that only breaks the library's rules
    /// is then left out with its problems in <see cref="SalesforceSourceDefinitions.Warnings"/>).</para>
    /// <para>A folder where nothing is recognised is a failure, never an empty success. Hidden files and folders
    /// (<c>.sfdx</c>, <c>.git</c>) are skipped, symbolic links are not followed, and a file with no length (a FIFO,
    /// device or socket, or an empty file) is never opened: it is skipped with a warning.</para>
    /// </remarks>
    /// <param name="folder">The folder.</param>
    /// <returns>Every definition found, or every problem found.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public Result<SalesforceSourceDefinitions> LoadSourceFolder(string folder)
    {
        Preconditions.NotBlank(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The sfdx source folder '{folder}' does not exist.");
        }

        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var load = new SourceFolderLoad(_options);
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", enumeration).Where(SourceFolderLoad.IsCandidate).Order(StringComparer.Ordinal))
        {
            if (HasContent(file))
            {
                files.Add(file);
            }
            else
            {
                load.Warnings.Add(new MalformedFileError(file, 0, NoContent + " It was skipped."));
            }
        }

        var leadStatuses = load.ReadValueSet(files, "LeadStatus", SalesforceDefinitionKind.LeadStatusValueSet);
        var leadSources = load.ReadValueSet(files, "LeadSource", SalesforceDefinitionKind.LeadSourceValueSet);
        var stages = load.ReadValueSet(files, "OpportunityStage", SalesforceDefinitionKind.OpportunityStageValueSet);

        var master = leadStatuses is null ? null
            : load.Collect(LeadProcessMapping.FromValueSet(leadStatuses, _options), leadStatuses.File, LeadProcessMapping.MasterProcessName, SalesforceDefinitionKind.LeadStatusValueSet);
        var sources = leadSources is null ? []
            : load.Collect(ToPicklist(leadSources), leadSources.File, leadSources.Name, SalesforceDefinitionKind.LeadSourceValueSet) ?? [];
        var masterSales = stages is null ? null
            : load.Collect(SalesProcessMapping.LoadMaster(stages), stages.File, LeadProcessMapping.MasterProcessName, SalesforceDefinitionKind.OpportunityStageValueSet);

        var leadProcesses = new List<LoadedDefinition<LeadProcess>>();
        var salesProcesses = new List<LoadedDefinition<SalesProcess>>();
        foreach (var (objectName, process) in load.ReadBusinessProcesses(files))
        {
            var isLead = objectName == "Lead";
            var kind = isLead ? SalesforceDefinitionKind.LeadBusinessProcess : SalesforceDefinitionKind.SalesBusinessProcess;
            var valueSet = isLead ? leadStatuses : stages;
            if (valueSet is null)
            {
                load.Broken(process.File, process.Name, kind, [new MalformedFileError(process.File, process.Line,
                    $"the {objectName} business process '{process.Name}' needs the {(isLead ? "LeadStatus" : "OpportunityStage")} value set in the folder; none was found (or it could not be read).")]);
            }
            else if (isLead && load.CollectProcess(LeadProcessFrom(process, valueSet, _options), process, kind) is { } lead)
            {
                leadProcesses.Add(lead);
            }
            else if (!isLead && load.CollectProcess(SalesProcessMapping.Load(process, valueSet), process, kind) is { } sales)
            {
                salesProcesses.Add(sales);
            }
        }

        var convertSettings = load.ReadConvertSettings(files);
        var conversionSettings = convertSettings is null ? null
            : load.Collect(LeadConvertSettingsMapping.ToSettings(convertSettings), convertSettings.File, "LeadConvertSettings", SalesforceDefinitionKind.LeadConvertSettings);
        load.Warnings.AddRange(conversionSettings?.Warnings ?? []);

        if (load.Read.Count == 0 && load.Errors.Count == 0)
        {
            load.Errors.Add(new MalformedFileError(folder, 0, "no Salesforce metadata was recognised in the folder (looked for *.standardValueSet-meta.xml, "
                + "*.businessProcess-meta.xml, *.LeadConvertSetting-meta.xml, standardValueSets/*.standardValueSet and objects/Lead.object or objects/Opportunity.object)."));
        }

        if (load.Errors.Count > 0)
        {
            return Result.Fail<SalesforceSourceDefinitions>(load.Errors);
        }

        return Result.Ok(new SalesforceSourceDefinitions(folder, master, leadProcesses, sources, load.Read, load.Skipped)
        {
            MasterSalesProcess = masterSales,
            SalesProcesses = salesProcesses,
            LeadConvertSettings = convertSettings,
            ConversionSettings = conversionSettings,
            Warnings = load.Warnings,
            BrokenDefinitions = load.BrokenDefinitions,
        });
    }

    /// <summary>The object a business process file belongs to: <c>objects/&lt;Object&gt;/businessProcesses/</c> in the path,
    /// else an <c>&lt;Object&gt;.</c> prefix of the file name.</summary>
    internal static string? ObjectOf(string file)
    {
        var parts = file.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 3; i >= 0; i--)
        {
            if (parts[i].Equals("objects", StringComparison.OrdinalIgnoreCase) && parts[i + 2].Equals("businessProcesses", StringComparison.OrdinalIgnoreCase))
            {
                return parts[i + 1];
            }
        }

        var name = Path.GetFileName(file);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var prefix = dot > 0 ? name[..dot] : null;
        return name.Count(c => c == '.') >= 3 ? prefix : null;
    }
}
