using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>The state of one <see cref="SalesforceMetadataReader.LoadSourceFolder"/> call: which files were read, and
/// where each problem goes (the failed result when strict, else the broken definition it belongs to).</summary>
internal sealed class SourceFolderLoad(SalesforceMetadataOptions options)
{
    public List<IError> Errors { get; } = [];

    public List<LeadLifecycleError> Warnings { get; } = [];

    public List<BrokenDefinition> BrokenDefinitions { get; } = [];

    public List<string> Read { get; } = [];

    public List<string> Skipped { get; } = [];

    /// <summary>Whether a file name is one the folder load looks at.</summary>
    public static bool IsCandidate(string file) =>
        file.EndsWith("-meta.xml", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(MetadataParser.LegacyValueSetSuffix, StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(MetadataParser.LegacyObjectSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lists a broken definition, or, when strict, its errors for the failed result.</summary>
    public void Broken(string file, string name, SalesforceDefinitionKind kind, IReadOnlyList<IError> errors)
    {
        if (options.Strict)
        {
            Errors.AddRange(errors);
        }
        else
        {
            BrokenDefinitions.Add(new BrokenDefinition(file, name, kind, errors));
        }
    }

    public T? Collect<T>(Result<T> result, string file, string name, SalesforceDefinitionKind kind)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        Broken(file, name, kind, result.Errors);
        return null;
    }

    /// <summary>Collects a loaded business process and its warnings. When strict, an inactive process that breaks only the
    /// library's rules for definitions (not the file's own content) is left out with its problems as warnings: the org
    /// keeps it for old records only, so it must not block loading the rest.</summary>
    public LoadedDefinition<T>? CollectProcess<T>(Result<LoadedDefinition<T>> result, BusinessProcessMetadata process, SalesforceDefinitionKind kind)
        where T : class
    {
        if (result.IsSuccess)
        {
            Warnings.AddRange(result.Value.Warnings);
            return result.Value;
        }

        if (options.Strict && !process.IsActive && result.Errors.All(e => e is MetadataDefinitionError
            { DefinitionError: not (UnknownValueError or DuplicateValueError or AmbiguousLabelError) }))
        {
            Warnings.AddRange(result.Errors.Cast<MetadataDefinitionError>());
            return null;
        }

        Broken(process.File, process.Name, kind, result.Errors);
        return null;
    }

    /// <summary>Reads a standard value set (<c>Name.standardValueSet-meta.xml</c> or <c>Name.standardValueSet</c>); a second one is a problem.</summary>
    public ValueSetMetadata? ReadValueSet(IEnumerable<string> files, string name, SalesforceDefinitionKind kind)
    {
        ValueSetMetadata? found = null;
        foreach (var file in files.Where(f => Path.GetFileName(f).Equals(name + MetadataParser.ValueSetSuffix, StringComparison.OrdinalIgnoreCase)
            || Path.GetFileName(f).Equals(name + MetadataParser.LegacyValueSetSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            Read.Add(file);
            var result = SalesforceMetadataReader.WithFile(file, (stream, path) => MetadataParser.ReadValueSet(stream, path, options));
            if (found is not null)
            {
                Broken(file, name, kind, [new MalformedFileError(file, 0, $"a second {name} value set was found; the first is {found.File}.")]);
            }
            else
            {
                found = Collect(result, file, name, kind);
            }
        }

        return found;
    }

    /// <summary>Reads every Lead and Opportunity business process: one per <c>*.businessProcess-meta.xml</c> file, and
    /// those inside <c>Lead.object</c> / <c>Opportunity.object</c>. Other objects' files are skipped.</summary>
    public IEnumerable<(string ObjectName, BusinessProcessMetadata Process)> ReadBusinessProcesses(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            if (file.EndsWith(MetadataParser.BusinessProcessSuffix, StringComparison.OrdinalIgnoreCase))
            {
                var objectName = SalesforceMetadataReader.ObjectOf(file);
                var kind = objectName == "Lead" ? SalesforceDefinitionKind.LeadBusinessProcess : SalesforceDefinitionKind.SalesBusinessProcess;
                if (objectName is not ("Lead" or "Opportunity"))
                {
                    Skipped.Add(file);
                    continue;
                }

                Read.Add(file);
                var process = SalesforceMetadataReader.WithFile(file, (stream, path) => MetadataParser.ReadBusinessProcess(stream, path, options));
                if (Collect(process, file, MetadataNames.FromFile(file, MetadataParser.BusinessProcessSuffix), kind) is { } parsed)
                {
                    yield return (objectName, parsed);
                }
            }
            else if (file.EndsWith(MetadataParser.LegacyObjectSuffix, StringComparison.OrdinalIgnoreCase))
            {
                var objectName = MetadataNames.FromFile(file, MetadataParser.LegacyObjectSuffix);
                if (objectName is not ("Lead" or "Opportunity"))
                {
                    Skipped.Add(file);
                    continue;
                }

                Read.Add(file);
                var kind = objectName == "Lead" ? SalesforceDefinitionKind.LeadBusinessProcess : SalesforceDefinitionKind.SalesBusinessProcess;
                if (Collect(SalesforceMetadataReader.WithFile(file, (stream, path) => MetadataParser.ReadObject(stream, path, options)), file, objectName, kind) is not { } root)
                {
                    continue;
                }

                foreach (var element in MetadataXml.Children(root, "businessProcesses"))
                {
                    var parsed = MetadataParser.ParseBusinessProcess(element, file, null, options);
                    if (Collect(parsed, file, $"{objectName} business process at line {element.Line}", kind) is { } process)
                    {
                        yield return (objectName, process);
                    }
                }
            }
        }
    }

    /// <summary>Reads the lead conversion settings; a second file is a problem.</summary>
    public LeadConvertSettingsMetadata? ReadConvertSettings(IEnumerable<string> files)
    {
        LeadConvertSettingsMetadata? found = null;
        foreach (var file in files.Where(f => f.EndsWith(MetadataParser.LeadConvertSettingsSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            Read.Add(file);
            var settings = Collect(
                SalesforceMetadataReader.WithFile(file, (stream, path) => MetadataParser.ReadLeadConvertSettings(stream, path, options)),
                file, "LeadConvertSettings", SalesforceDefinitionKind.LeadConvertSettings);
            if (found is not null && settings is not null)
            {
                Broken(file, "LeadConvertSettings", SalesforceDefinitionKind.LeadConvertSettings,
                    [new MalformedFileError(file, 0, $"a second LeadConvertSettings file was found; the first is {found.File}.")]);
            }

            found ??= settings;
        }

        return found;
    }
}
