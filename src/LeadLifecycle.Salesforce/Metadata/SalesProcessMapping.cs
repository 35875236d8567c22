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

    public static Result<SalesProcessMetadata> FromBusinessProcess(BusinessProcessMetadata process, ValueSetMetadata stages)
    {
        var errors = new List<IError>();
        var known = stages.Values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var value in process.Values.Where(v => !known.Contains(v.Name)))
        {
            errors.Add(new MetadataDefinitionError(process.File, value.Line, new UnknownValueError(
                process.Name, value.Name, $"the sales process names a stage that {Path.GetFileName(stages.File)} lacks.")));
        }

        foreach (var duplicate in process.Values.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new MetadataDefinitionError(process.File, duplicate.ElementAt(1).Line, new DuplicateValueError(
                process.Name, duplicate.Key, "the stage is listed more than once.")));
        }

        var defaults = process.Values.Where(v => v.IsDefault).ToArray();
        if (defaults.Length > 1)
        {
            errors.Add(new MetadataDefinitionError(process.File, defaults[1].Line, new DefaultValueCountError(process.Name, [.. defaults.Select(d => d.Name)])));
        }

        var selected = process.Values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var entries = stages.Values.Where(v => selected.Contains(v.Name)).ToArray();
        var list = ToStages(stages, entries, errors);
        if (process.Values.Count == 0)
        {
            errors.Add(new MalformedFileError(process.File, 0, "the sales process selects no stage."));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<SalesProcessMetadata>(errors);
        }

        var defaultStage = defaults.Length == 1 ? defaults[0].Name : DefaultOf(list, entries);
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
                errors.Add(new MetadataDefinitionError(stages.File, value.Line, new DuplicateValueError(stages.Name, value.Name, "the stage is listed more than once.")));
                continue;
            }

            if (value.IsWon && !value.IsClosed)
            {
                errors.Add(new MetadataDefinitionError(stages.File, value.Line, new InconsistentDefinitionValueError(stages.Name, value.Name, "a won stage must also be closed.")));
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
    /// apart (<see cref="SalesProcess.DefaultStage"/>); the builder's problems are wrapped with the file.</summary>
    public static Result<SalesProcess> ToSalesProcess(SalesProcessMetadata metadata) => ToSalesProcess(metadata, _ => 0);

    /// <summary>Builds the library's sales process; <paramref name="lineOf"/> gives the line of a stage name in the file.</summary>
    /// <remarks>The org's order is kept as it is: forward-only and no-skipping measure it, and a converted lead's
    /// opportunity starts in its first open stage (Salesforce KB 000384436), while <c>Create</c> uses the default.</remarks>
    public static Result<SalesProcess> ToSalesProcess(SalesProcessMetadata metadata, Func<string, int> lineOf)
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
            : Result.Fail<SalesProcess>(built.Errors.OfType<DefinitionError>().Select(e => new MetadataDefinitionError(metadata.SourceFile, ValueOf(e) is { } value ? lineOf(value) : 0, e)));
    }

    /// <summary>Validates and builds a sales business process over a stage value set.</summary>
    public static Result<LoadedDefinition<SalesProcess>> Load(BusinessProcessMetadata process, ValueSetMetadata stages) =>
        FromBusinessProcess(process, stages).Bind(metadata => ToSalesProcess(metadata, name => process.Values.FirstOrDefault(v => v.Name == name)?.Line ?? 0)
            .Map(sales => new LoadedDefinition<SalesProcess>(sales, metadata.SourceFile, metadata.IsActive, metadata.Description)));

    /// <summary>Loads the whole stage value set as the "Master" sales process.</summary>
    public static Result<SalesProcess> LoadMaster(ValueSetMetadata stages) =>
        FromValueSet(stages).Bind(metadata => ToSalesProcess(metadata, name => stages.Values.FirstOrDefault(v => v.Name == name)?.Line ?? 0));

    private static string? ValueOf(DefinitionError error) => error switch
    {
        UnknownValueError e => e.Value,
        DuplicateValueError e => e.Value,
        InconsistentDefinitionValueError e => e.Value,
        DefaultValueNotOpenAndActiveError e => e.Value,
        _ => null,
    };
}
