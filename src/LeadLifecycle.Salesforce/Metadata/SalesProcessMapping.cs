using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns an OpportunityStage value set (and opportunity business processes over it) into validated stage lists.</summary>
/// <remarks>A stage without a forecast category gets Closed when won, Omitted when lost, else Pipeline; without a
/// probability, 0. Won implies closed: a won stage that is not closed is an error.</remarks>
internal static class SalesProcessMapping
{
    public static Result<SalesProcessMetadata> FromValueSet(ValueSetMetadata stages)
    {
        var errors = new List<IError>();
        var list = ToStages(stages, stages.Values, errors);
        if (list.Count == 0)
        {
            errors.Add(new MalformedFileError(stages.File, 0, "the value set holds no stage."));
        }

        return errors.Count > 0
            ? Result.Fail<SalesProcessMetadata>(errors)
            : Result.Ok(new SalesProcessMetadata(LeadProcessMapping.MasterProcessName, list, DefaultOf(list, stages.Values), true, null, stages.File));
    }

    public static Result<SalesProcessMetadata> FromBusinessProcess(
        BusinessProcessMetadata process, ValueSetMetadata stages, List<LeadLifecycle.Errors.LeadLifecycleError> warnings)
    {
        var errors = new List<IError>();
        var resolved = BusinessProcessValues.Resolve(process, stages, DefinitionValueKind.Stage, errors, warnings);
        foreach (var duplicate in resolved.GroupBy(r => r.Entry).Where(g => g.Count() > 1))
        {
            errors.Add(new MetadataDefinitionError(process.File, duplicate.ElementAt(1).Written.Line, new DuplicateValueError(
                process.Name, duplicate.Key.Name, "the stage is listed more than once.", DefinitionValueKind.Stage)));
        }

        var defaults = resolved.Where(r => r.Written.IsDefault).ToArray();
        if (defaults.Length > 1)
        {
            errors.Add(new MetadataDefinitionError(process.File, defaults[1].Written.Line, new DefaultValueCountError(process.Name, [.. defaults.Select(d => d.Entry.Name)], DefinitionValueKind.Stage)));
        }

        var selected = resolved.Select(r => r.Entry).ToHashSet();
        var entries = stages.Values.Where(selected.Contains).ToArray();
        var list = ToStages(stages, entries, errors);
        if (process.Values.Count == 0)
        {
            errors.Add(new MalformedFileError(process.File, process.Line, "the sales process selects no stage."));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<SalesProcessMetadata>(errors);
        }

        var defaultStage = defaults.Length == 1 ? defaults[0].Entry.Name : DefaultOf(list, entries);
        return Result.Ok(new SalesProcessMetadata(process.Name, list, defaultStage, process.IsActive, process.Description, process.File));
    }

    private static List<OpportunityStage> ToStages(ValueSetMetadata stages, IEnumerable<ValueSetEntry> entries, List<IError> errors)
    {
        var list = new List<OpportunityStage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in entries)
        {
            if (!seen.Add(value.Name))
            {
                errors.Add(new MetadataDefinitionError(stages.File, value.Line, new DuplicateValueError(stages.Name, value.Name, "the stage is listed more than once.", DefinitionValueKind.Stage)));
                continue;
            }

            if (value.IsWon && !value.IsClosed)
            {
                errors.Add(new MetadataDefinitionError(stages.File, value.Line, new InconsistentDefinitionValueError(stages.Name, value.Name, "a won stage must also be closed.", DefinitionValueKind.Stage)));
            }

            list.Add(new OpportunityStage(value.Name)
            {
                Label = value.Label ?? value.Name,
                Probability = value.Probability ?? 0,
                ForecastCategory = value.ForecastCategory
                    ?? (value.IsWon ? ForecastCategory.Closed : value.IsClosed ? ForecastCategory.Omitted : ForecastCategory.Pipeline),
                IsClosed = value.IsClosed,
                IsWon = value.IsWon,
                IsActive = value.IsActive,
                SortOrder = list.Count + 1,
                Description = value.Description,
            });
        }

        return list;
    }

    /// <summary>The value set's default when it is among the stages, else the first active open stage, else the first.</summary>
    private static string DefaultOf(List<OpportunityStage> stages, IEnumerable<ValueSetEntry> entries) =>
        entries.FirstOrDefault(e => e.IsDefault)?.Name
        ?? stages.FirstOrDefault(s => s.IsOpen && s.IsActive)?.Name
        ?? stages.FirstOrDefault()?.Name
        ?? string.Empty;

    /// <summary>Builds the library's sales process: the stages in value-set (picklist) order, the default stage kept
    /// apart (<see cref="SalesProcess.DefaultStage"/>); <paramref name="lines"/> gives the line of each stage name in
    /// the file.</summary>
    /// <remarks>The org's order is kept as it is: forward-only and no-skipping measure it, and a converted lead's
    /// opportunity starts in its first open stage (Salesforce KB 000384436), while <c>Create</c> uses the default.</remarks>
    public static Result<SalesProcess> ToSalesProcess(SalesProcessMetadata metadata, IReadOnlyDictionary<string, int> lines, int wholeLine)
    {
        var ordered = metadata.Stages.Select((stage, index) => stage with { SortOrder = index + 1 });
        var builder = new SalesProcessBuilder(metadata.Name).AddStages(ordered);
        if (!string.IsNullOrEmpty(metadata.DefaultStage))
        {
            builder.WithDefaultStage(metadata.DefaultStage);
        }

        var built = builder.TryBuild();
        return built.IsSuccess
            ? built
            : Result.Fail<SalesProcess>(BusinessProcessValues.Locate(built.Errors, metadata.SourceFile, lines, wholeLine));
    }

    /// <summary>Validates and builds a sales business process over a stage value set.</summary>
    public static Result<LoadedDefinition<SalesProcess>> Load(BusinessProcessMetadata process, ValueSetMetadata stages)
    {
        var warnings = new List<LeadLifecycle.Errors.LeadLifecycleError>();
        return FromBusinessProcess(process, stages, warnings).Bind(metadata => ToSalesProcess(metadata, LinesOf(process, stages), process.Line)
            .Map(sales => new LoadedDefinition<SalesProcess>(sales, metadata.SourceFile, metadata.IsActive, metadata.Description) { Warnings = warnings }));
    }

    /// <summary>Loads the whole stage value set as the "Master" sales process.</summary>
    public static Result<SalesProcess> LoadMaster(ValueSetMetadata stages)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in stages.Values)
        {
            lines.TryAdd(value.Name, value.Line);
        }

        return FromValueSet(stages).Bind(metadata => ToSalesProcess(metadata, lines, 0));
    }

    /// <summary>The line where the process names each stage, by API name or label.</summary>
    private static Dictionary<string, int> LinesOf(BusinessProcessMetadata process, ValueSetMetadata stages)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in process.Values)
        {
            lines.TryAdd(value.Name, value.Line);
        }

        foreach (var entry in stages.Values.Where(e => e.Label is not null && !lines.ContainsKey(e.Name) && lines.ContainsKey(e.Label)))
        {
            lines[entry.Name] = lines[entry.Label!];
        }

        return lines;
    }
}
