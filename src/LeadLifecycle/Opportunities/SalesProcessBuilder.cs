using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <summary>Defines a sales process: its stages, in order, and the policy that governs stage changes.</summary>
/// <remarks>
/// A builder is not thread-safe; the <see cref="SalesProcess"/> it builds is immutable and safe to share. Nothing is
/// checked until <see cref="Build"/> or <see cref="TryBuild"/>, which report every problem at once. Stages are
/// ordered by <see cref="OpportunityStage.SortOrder"/>, then by the order they were added (the org's picklist order);
/// the default stage is set with <see cref="WithDefaultStage"/> and does not change that order. A process of closed
/// stages only is valid (real orgs have them); opportunities can then only be created in a named closed stage.
/// </remarks>
/// <example>
/// <code>
/// var process = new SalesProcessBuilder("Enterprise")
///     .AddOpenStage("Discovery", 10)
///     .AddOpenStage("Proposal", 50)
///     .AddOpenStage("Negotiation", 80)
///     .AddWonStage("Won")
///     .AddLostStage("Lost")
///     .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, RequireLossReason = true })
///     .RequireFields("Proposal", OpportunityField.Amount, OpportunityField.CloseDate)
///     .Build();
/// </code>
/// </example>
public sealed class SalesProcessBuilder
{
    private readonly List<OpportunityStage> _stages = [];
    private readonly List<(string Stage, OpportunityField[] Fields)> _requirements = [];
    private SalesProcessPolicy _policy = SalesProcessPolicy.FreeMovement;
    private string? _defaultStage;

    /// <summary>Initializes a new instance of the <see cref="SalesProcessBuilder"/> class.</summary>
    /// <param name="name">The process's name, e.g. "Enterprise Sales".</param>
    public SalesProcessBuilder(string name)
    {
        Name = Preconditions.NotBlank(name);
    }

    /// <summary>Gets the name of the process being built.</summary>
    public string Name { get; }

    /// <summary>Adds a stage with all its settings.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder AddStage(OpportunityStage stage)
    {
        _stages.Add(Preconditions.NotNull(stage));
        return this;
    }

    /// <summary>Adds stages with all their settings, e.g. those of a preset.</summary>
    /// <param name="stages">The stages.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder AddStages(IEnumerable<OpportunityStage> stages)
    {
        foreach (var stage in Preconditions.NotNull(stages))
        {
            AddStage(stage);
        }

        return this;
    }

    /// <summary>Adds an open stage, in the order of the calls.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="probability">The probability in percent that entering it sets.</param>
    /// <param name="forecastCategory">The forecast category that entering it sets.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder AddOpenStage(string name, int probability, ForecastCategory forecastCategory = ForecastCategory.Pipeline) =>
        AddStage(new OpportunityStage(name) { Probability = probability, ForecastCategory = forecastCategory, SortOrder = NextSortOrder() });

    /// <summary>Adds a won stage (closed and won, forecast <see cref="ForecastCategory.Closed"/>), in the order of the calls.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="probability">The probability in percent; 100 unless given.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder AddWonStage(string name, int probability = 100) =>
        AddStage(new OpportunityStage(name)
        {
            Probability = probability,
            ForecastCategory = ForecastCategory.Closed,
            IsClosed = true,
            IsWon = true,
            SortOrder = NextSortOrder(),
        });

    /// <summary>Adds a lost stage (closed, not won, probability 0, forecast <see cref="ForecastCategory.Omitted"/>),
    /// in the order of the calls.</summary>
    /// <param name="name">The stage name.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder AddLostStage(string name) =>
        AddStage(new OpportunityStage(name) { Probability = 0, ForecastCategory = ForecastCategory.Omitted, IsClosed = true, SortOrder = NextSortOrder() });

    /// <summary>Sets the policy; <see cref="SalesProcessPolicy.FreeMovement"/> unless called.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder WithPolicy(SalesProcessPolicy policy)
    {
        _policy = Preconditions.NotNull(policy);
        return this;
    }

    /// <summary>Sets the default stage, where an opportunity created without a stage starts; the first active open
    /// stage unless called.</summary>
    /// <remarks>The stage keeps its place in the order. It must be an active open stage of the process, or, in a process
    /// of closed stages only, an active stage. Lead conversion does not use it: a converted lead's opportunity starts in
    /// <see cref="SalesProcess.FirstOpenStage"/>, as in Salesforce.</remarks>
    /// <param name="stage">The stage name.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder WithDefaultStage(string stage)
    {
        _defaultStage = Preconditions.NotBlank(stage);
        return this;
    }

    /// <summary>Requires fields from a stage on: to enter it or any later stage that is not lost, and to clear them
    /// while there.</summary>
    /// <remarks>Lost stages are exempt, since a deal can be lost at any point. Calls add up.</remarks>
    /// <param name="fromStage">The first stage that needs the fields, e.g. "Proposal/Price Quote".</param>
    /// <param name="fields">The fields.</param>
    /// <returns>This builder.</returns>
    public SalesProcessBuilder RequireFields(string fromStage, params OpportunityField[] fields)
    {
        Preconditions.NotBlank(fromStage);
        Preconditions.NotNull(fields);
        _requirements.Add((fromStage, [.. fields]));
        return this;
    }

    /// <summary>Builds the process, or throws when the definition is invalid.</summary>
    /// <returns>The immutable process.</returns>
    /// <exception cref="InvalidDefinitionException">The definition is invalid; the exception lists every problem.</exception>
    public SalesProcess Build()
    {
        var result = TryBuild();
        return result.IsSuccess ? result.Value : throw new InvalidDefinitionException([.. result.Errors.OfType<DefinitionError>()]);
    }

    /// <summary>Builds the process, or returns every problem of the definition as <see cref="DefinitionError"/>s.</summary>
    /// <returns>The process, or the problems.</returns>
    public Result<SalesProcess> TryBuild()
    {
        var errors = new List<IError>();
        var stages = _stages
            .Select((stage, index) => (stage, index))
            .OrderBy(p => p.stage.SortOrder)
            .ThenBy(p => p.index)
            .Select(p => p.stage)
            .ToArray();

        ValidateStages(stages, errors);
        var defaultStage = ResolveDefault(stages, errors);
        var required = ResolveRequirements(stages, errors);
        if (errors.Count > 0)
        {
            return Result.Fail<SalesProcess>(errors);
        }

        return Result.Ok(new SalesProcess(Name, stages, _policy, required, defaultStage));
    }

    private int NextSortOrder() => _stages.Count + 1;

    private void ValidateStages(OpportunityStage[] stages, List<IError> errors)
    {
        foreach (var duplicate in stages.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new DuplicateValueError(Name, duplicate.Key, "the stage name is used more than once.", DefinitionValueKind.Stage));
        }

        foreach (var stage in stages)
        {
            if (stage.Probability is < 0 or > 100)
            {
                errors.Add(new InconsistentDefinitionValueError(Name, stage.Name, $"the probability must be between 0 and 100; it is {stage.Probability}.", DefinitionValueKind.Stage));
            }

            if (stage.IsWon && !stage.IsClosed)
            {
                errors.Add(new InconsistentDefinitionValueError(Name, stage.Name, "a won stage must also be closed.", DefinitionValueKind.Stage));
            }

            if (!Enum.IsDefined(stage.ForecastCategory))
            {
                errors.Add(new InconsistentDefinitionValueError(Name, stage.Name, $"the forecast category {(int)stage.ForecastCategory} is not defined.", DefinitionValueKind.Stage));
            }
        }

        if (!stages.Any(s => s.IsActive))
        {
            errors.Add(new RequiredStageMissingError(Name, "an active stage"));
        }

        // No open, won or lost stage is required: real orgs have processes without them (an inquiry process that hands
        // over to another; a process of closed stages only, issue 13). Creating without a stage or closing such an
        // opportunity is refused at run time instead (NoOpenStageError, ClosingStageRequiredError).
    }

    /// <summary>The index of the default stage: the one named, else the first active open stage, else the first
    /// active stage (a process of closed stages only); 0 when there is none, which is already an error.</summary>
    private int ResolveDefault(OpportunityStage[] stages, List<IError> errors)
    {
        var hasOpen = stages.Any(s => s.IsOpen && s.IsActive);
        if (_defaultStage is null)
        {
            var first = Array.FindIndex(stages, s => s.IsActive && (s.IsOpen || !hasOpen));
            return Math.Max(first, 0);
        }

        var index = Array.FindIndex(stages, s => string.Equals(s.Name, _defaultStage, StringComparison.Ordinal));
        if (index < 0)
        {
            errors.Add(new UnknownValueError(Name, _defaultStage, "the default stage is not a stage of the process.", DefinitionValueKind.Stage));
        }
        else if (!stages[index].IsActive || (stages[index].IsClosed && hasOpen))
        {
            errors.Add(new DefaultValueNotOpenAndActiveError(Name, _defaultStage, "the default stage must be open and active.", DefinitionValueKind.Stage));
        }

        return Math.Max(index, 0);
    }

    /// <summary>The fields each stage requires: those required from it or an earlier stage, unless it is lost; linear in
    /// the number of stages and requirements.</summary>
    private OpportunityField[]?[] ResolveRequirements(OpportunityStage[] stages, List<IError> errors)
    {
        var required = new OpportunityField[]?[stages.Length];
        if (_requirements.Count == 0)
        {
            return required;
        }

        var indexByName = new Dictionary<string, int>(stages.Length, StringComparer.Ordinal);
        for (var i = 0; i < stages.Length; i++)
        {
            indexByName.TryAdd(stages[i].Name, i);
        }

        var startingAt = new List<OpportunityField>?[stages.Length];
        foreach (var (stage, fields) in _requirements)
        {
            if (!indexByName.TryGetValue(stage, out var from))
            {
                errors.Add(new UnknownValueError(Name, stage, "fields are required from a stage the process does not have.", DefinitionValueKind.Stage));
                continue;
            }

            if (stages[from].IsLost)
            {
                errors.Add(new InconsistentDefinitionValueError(Name, stage, "lost stages cannot require fields.", DefinitionValueKind.Stage));
                continue;
            }

            foreach (var field in fields.Where(f => !Enum.IsDefined(f)))
            {
                errors.Add(new InconsistentDefinitionValueError(Name, stage, $"the required field {(int)field} is not defined.", DefinitionValueKind.Stage));
            }

            (startingAt[from] ??= []).AddRange(fields.Where(Enum.IsDefined));
        }

        // One sweep: the fields required so far, shared by the stages until a stage adds some.
        var accumulated = new SortedSet<OpportunityField>();
        OpportunityField[]? current = null;
        for (var i = 0; i < stages.Length; i++)
        {
            if (startingAt[i] is { } added)
            {
                accumulated.UnionWith(added);
                current = [.. accumulated];
            }

            if (current is not null && !stages[i].IsLost)
            {
                required[i] = current;
            }
        }

        return required;
    }
}
