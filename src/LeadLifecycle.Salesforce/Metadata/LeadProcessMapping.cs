using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns a LeadStatus value set (and optionally a lead business process over it) into a <see cref="LeadProcess"/>.</summary>
internal static class LeadProcessMapping
{
    /// <summary>Salesforce's name for the whole value set seen as one process (the "Master" record type).</summary>
    public const string MasterProcessName = "Master";

    public static Result<LeadProcess> FromValueSet(ValueSetMetadata statuses, SalesforceMetadataOptions options)
    {
        var errors = new List<IError>();
        CheckClosedNames(statuses, options, MasterProcessName, errors);
        var builder = new LeadProcessBuilder(MasterProcessName);
        var order = 0;
        foreach (var value in statuses.Values)
        {
            builder.AddStatus(ToStatus(value, ++order, value.IsDefault, options));
        }

        // A name listed twice is reported at its second line.
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in statuses.Values)
        {
            lines.TryAdd(value.Name, value.Line);
        }

        foreach (var duplicate in statuses.Values.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            lines[duplicate.Key] = duplicate.ElementAt(1).Line;
        }

        return Build(builder, statuses.File, lines, 0, options, errors);
    }

    public static Result<LoadedDefinition<LeadProcess>> FromBusinessProcess(BusinessProcessMetadata process, ValueSetMetadata statuses, SalesforceMetadataOptions options)
    {
        var errors = new List<IError>();
        var warnings = new List<LeadLifecycleError>();
        var resolved = BusinessProcessValues.Resolve(process, statuses, DefinitionValueKind.Status, errors, warnings);

        // A status listed twice (by name, or once by name and once by label) is an error, as for a sales process.
        foreach (var duplicate in resolved.GroupBy(r => r.Entry).Where(g => g.Count() > 1))
        {
            errors.Add(new MetadataDefinitionError(process.File, duplicate.ElementAt(1).Written.Line, new DuplicateValueError(
                process.Name, duplicate.Key.Name, "the status is listed more than once.", DefinitionValueKind.Status)));
        }

        var selected = resolved.Select(r => r.Entry).ToHashSet();
        CheckClosedNames(statuses, options, process.Name, errors);

        // The process's own default wins; without one, the value set's default when the process includes it.
        var processDefault = resolved.Where(r => r.Written.IsDefault).Select(r => r.Entry).ToHashSet();
        var builder = new LeadProcessBuilder(process.Name);
        var order = 0;
        foreach (var value in statuses.Values.Where(selected.Contains))
        {
            var isDefault = processDefault.Count > 0 ? processDefault.Contains(value) : value.IsDefault;
            builder.AddStatus(ToStatus(value, ++order, isDefault, options));
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (written, entry) in resolved)
        {
            lines.TryAdd(entry.Name, written.Line);
        }

        return Build(builder, process.File, lines, process.Line, options, errors)
            .Map(lead => new LoadedDefinition<LeadProcess>(lead, process.File, process.IsActive, process.Description) { Warnings = warnings });
    }

    private static LeadStatus ToStatus(ValueSetEntry value, int sortOrder, bool isDefault, SalesforceMetadataOptions options) =>
        new(value.Name)
        {
            Label = value.Label ?? value.Name,
            SortOrder = sortOrder,
            IsDefault = isDefault,
            IsConverted = value.IsConverted,
            IsClosed = value.IsConverted || options.ClosedLeadStatuses.Contains(value.Name, StringComparer.Ordinal),
            IsActive = value.IsActive,
        };

    private static void CheckClosedNames(ValueSetMetadata statuses, SalesforceMetadataOptions options, string processName, List<IError> errors)
    {
        var names = statuses.Values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in options.ClosedLeadStatuses.Where(n => !names.Contains(n)))
        {
            errors.Add(new MetadataDefinitionError(statuses.File, 0, new UnknownValueError(
                processName, name, "the options name it as a closed lead status, but the value set has no such status.", DefinitionValueKind.Status)));
        }
    }

    private static Result<LeadProcess> Build(
        LeadProcessBuilder builder, string file, Dictionary<string, int> lines, int wholeLine, SalesforceMetadataOptions options, List<IError> errors)
    {
        if (options.PermitStandardTransitions)
        {
            builder.PermitStandardTransitions(options.AllowRecycle);
        }

        var built = builder.TryBuild();
        errors.AddRange(BusinessProcessValues.Locate(built.Errors, file, lines, wholeLine));
        return errors.Count > 0 ? Result.Fail<LeadProcess>(errors) : built;
    }
}
