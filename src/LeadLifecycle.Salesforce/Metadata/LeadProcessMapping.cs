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

        // A name listed twice is reported by the builder at its second line.
        var lines = statuses.Values.GroupBy(v => v.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Skip(1).FirstOrDefault()?.Line ?? g.First().Line, StringComparer.Ordinal);
        return Build(builder, statuses.File, lines, options, errors);
    }

    public static Result<LeadProcess> FromBusinessProcess(BusinessProcessMetadata process, ValueSetMetadata statuses, SalesforceMetadataOptions options)
    {
        var errors = new List<IError>();
        var byName = new Dictionary<string, ValueSetEntry>(StringComparer.Ordinal);
        foreach (var value in statuses.Values)
        {
            byName.TryAdd(value.Name, value);
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in process.Values)
        {
            if (!byName.ContainsKey(value.Name))
            {
                errors.Add(new MetadataDefinitionError(process.File, value.Line, new UnknownValueError(
                    process.Name, value.Name, $"the lead business process names a status that {Path.GetFileName(statuses.File)} lacks.")));
            }

            selected.Add(value.Name);
        }

        CheckClosedNames(statuses, options, process.Name, errors);

        // The process's own default wins; without one, the value set's default when the process includes it.
        var processDefault = process.Values.Where(v => v.IsDefault).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var builder = new LeadProcessBuilder(process.Name);
        var order = 0;
        foreach (var value in statuses.Values.Where(v => selected.Contains(v.Name)))
        {
            var isDefault = processDefault.Count > 0 ? processDefault.Contains(value.Name) : value.IsDefault;
            builder.AddStatus(ToStatus(value, ++order, isDefault, options));
        }

        var lines = process.Values.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Line, StringComparer.Ordinal);
        return Build(builder, process.File, lines, options, errors);
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
        foreach (var name in options.ClosedLeadStatuses)
        {
            if (!statuses.Values.Any(v => string.Equals(v.Name, name, StringComparison.Ordinal)))
            {
                errors.Add(new MetadataDefinitionError(statuses.File, 0, new UnknownValueError(
                    processName, name, "the options name it as a closed lead status, but the value set has no such status.")));
            }
        }
    }

    private static Result<LeadProcess> Build(
        LeadProcessBuilder builder, string file, Dictionary<string, int> lines, SalesforceMetadataOptions options, List<IError> errors)
    {
        if (options.PermitStandardTransitions)
        {
            builder.PermitStandardTransitions(options.AllowRecycle);
        }

        var built = builder.TryBuild();
        foreach (var error in built.Errors.OfType<DefinitionError>())
        {
            errors.Add(new MetadataDefinitionError(file, LineOf(error, lines), error));
        }

        return errors.Count > 0 ? Result.Fail<LeadProcess>(errors) : built;
    }

    private static int LineOf(DefinitionError error, Dictionary<string, int> lines)
    {
        var value = error switch
        {
            UnknownValueError e => e.Value,
            DuplicateValueError e => e.Value,
            InconsistentDefinitionValueError e => e.Value,
            DefaultValueNotOpenAndActiveError e => e.Value,
            DefaultValueCountError { Defaults.Count: > 1 } e => e.Defaults[1],
            _ => null,
        };
        return value is not null && lines.TryGetValue(value, out var line) ? line : 0;
    }
}
