using FluentResults;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <content>Loading a whole sfdx source folder.</content>
public sealed partial class SalesforceMetadataReader
{
    private const string LeadStatusFile = "LeadStatus" + MetadataParser.ValueSetSuffix;
    private const string LeadSourceFile = "LeadSource" + MetadataParser.ValueSetSuffix;
    private const string OpportunityStageFile = "OpportunityStage" + MetadataParser.ValueSetSuffix;

    /// <summary>Loads every definition in an sfdx source folder (e.g. <c>force-app/main/default</c>, or the project root).</summary>
    /// <remarks>
    /// Searches the folder and its subfolders for <c>LeadStatus</c>, <c>LeadSource</c> and <c>OpportunityStage</c>
    /// standard value sets, <c>*.businessProcess-meta.xml</c> files (the object is taken from the
    /// <c>objects/&lt;Object&gt;/businessProcesses</c> path, or from a <c>Lead.</c> / <c>Opportunity.</c> file name
    /// prefix), and <c>*.LeadConvertSetting-meta.xml</c>. Every file is read and checked even after a problem, so the
    /// failed result lists all problems at once. A business process with no value set to select from, and a value
    /// set found twice, are problems too; an inactive business process that only breaks the library's definition rules
    /// is left out and listed in <see cref="SalesforceSourceDefinitions.Warnings"/>. Hidden files and folders
    /// (<c>.sfdx</c>, <c>.git</c>) are skipped and symbolic links are not followed.
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
        var files = Directory.EnumerateFiles(folder, "*-meta.xml", enumeration).Order(StringComparer.Ordinal).ToArray();
        var errors = new List<IError>();
        var read = new List<string>();
        var skipped = new List<string>();
        var warnings = new List<LeadLifecycle.Errors.LeadLifecycleError>();
        var limit = _options.MaxFileSizeBytes;

        ValueSetMetadata? ReadSet(string name)
        {
            ValueSetMetadata? found = null;
            foreach (var file in files.Where(f => Path.GetFileName(f).Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                read.Add(file);
                var result = WithFile(file, (stream, path) => MetadataParser.ReadValueSet(stream, path, limit));
                if (found is not null)
                {
                    errors.Add(new MalformedFileError(file, 0, $"a second {name} was found; the first is {found.File}."));
                }
                else if (result.IsSuccess)
                {
                    found = result.Value;
                }

                errors.AddRange(result.Errors);
            }

            return found;
        }

        var leadStatuses = ReadSet(LeadStatusFile);
        var leadSources = ReadSet(LeadSourceFile);
        var stages = ReadSet(OpportunityStageFile);

        var master = leadStatuses is null ? null : Collect(LeadProcessMapping.FromValueSet(leadStatuses, _options), errors);
        var sources = leadSources is null ? [] : Collect(ToPicklist(leadSources), errors) ?? [];
        var masterSales = stages is null ? null : Collect(SalesProcessMapping.LoadMaster(stages), errors);

        var leadProcesses = new List<LoadedDefinition<LeadProcess>>();
        var salesProcesses = new List<LoadedDefinition<SalesProcess>>();
        foreach (var file in files.Where(f => f.EndsWith(MetadataParser.BusinessProcessSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            var objectName = ObjectOf(file);
            if (objectName is not ("Lead" or "Opportunity"))
            {
                skipped.Add(file);
                continue;
            }

            read.Add(file);
            var process = WithFile(file, (stream, path) => MetadataParser.ReadBusinessProcess(stream, path, limit));
            if (Collect(process, errors) is not { } parsed)
            {
                continue;
            }

            var valueSet = objectName == "Lead" ? leadStatuses : stages;
            if (valueSet is null)
            {
                errors.Add(new MalformedFileError(file, 0, $"the {objectName} business process needs {(objectName == "Lead" ? LeadStatusFile : OpportunityStageFile)} in the folder; none was found (or it could not be read)."));
            }
            else if (objectName == "Lead" && CollectProcess(LeadProcessFrom(parsed, valueSet, _options), parsed.IsActive, errors, warnings) is { } lead)
            {
                leadProcesses.Add(lead);
            }
            else if (objectName == "Opportunity" && CollectProcess(SalesProcessMapping.Load(parsed, valueSet), parsed.IsActive, errors, warnings) is { } sales)
            {
                salesProcesses.Add(sales);
            }
        }

        LeadConvertSettingsMetadata? convertSettings = null;
        foreach (var file in files.Where(f => f.EndsWith(MetadataParser.LeadConvertSettingsSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            read.Add(file);
            var settings = Collect(WithFile(file, (stream, path) => MetadataParser.ReadLeadConvertSettings(stream, path, limit)), errors);
            if (convertSettings is not null && settings is not null)
            {
                errors.Add(new MalformedFileError(file, 0, $"a second LeadConvertSettings file was found; the first is {convertSettings.File}."));
            }

            convertSettings ??= settings;
        }

        var conversionSettings = convertSettings is null ? null : Collect(LeadConvertSettingsMapping.ToSettings(convertSettings), errors);
        if (errors.Count > 0)
        {
            return Result.Fail<SalesforceSourceDefinitions>(errors);
        }

        return Result.Ok(new SalesforceSourceDefinitions(folder, master, leadProcesses, sources, read, skipped)
        {
            MasterSalesProcess = masterSales,
            SalesProcesses = salesProcesses,
            LeadConvertSettings = convertSettings,
            ConversionSettings = conversionSettings,
            Warnings = warnings,
        });
    }

    /// <summary>The object a business process belongs to: <c>objects/&lt;Object&gt;/businessProcesses/</c> in the path,
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

    /// <summary>Like <see cref="Collect{T}"/>, except that an inactive process which breaks only the library's rules for
    /// definitions (not the file's own content) is left out with its problems as warnings: the org keeps it for old
    /// records only, so it must not block loading the rest.</summary>
    private static T? CollectProcess<T>(Result<T> result, bool isActive, List<IError> errors, List<LeadLifecycle.Errors.LeadLifecycleError> warnings)
        where T : class
    {
        if (!isActive && result.IsFailed && result.Errors.All(e => e is MetadataDefinitionError
            { DefinitionError: not (LeadLifecycle.Errors.UnknownValueError or LeadLifecycle.Errors.DuplicateValueError) }))
        {
            warnings.AddRange(result.Errors.Cast<MetadataDefinitionError>());
            return null;
        }

        return Collect(result, errors);
    }

    private static T? Collect<T>(Result<T> result, List<IError> errors)
        where T : class
    {
        errors.AddRange(result.Errors);
        return result.IsSuccess ? result.Value : null;
    }
}
