using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <summary>Defines a lead process: its statuses and the transitions between them.</summary>
/// <remarks>
/// A builder is not thread-safe; the <see cref="LeadProcess"/> it builds is immutable and safe to share. Nothing is
/// checked until <see cref="Build"/> or <see cref="TryBuild"/>, which report every problem at once.
/// </remarks>
/// <example>
/// <code>
/// var process = new LeadProcessBuilder("Inbound")
///     .AddOpenStatus("New", isDefault: true)
///     .AddOpenStatus("Working")
///     .AddOpenStatus("Nurturing")
///     .AddConvertedStatus("Qualified")
///     .AddDisqualifiedStatus("Unqualified")
///     .PermitStandardTransitions()
///     .Build();
/// </code>
/// </example>
public sealed partial class LeadProcessBuilder
{
    private readonly List<LeadStatus> _statuses = [];
    private readonly List<TransitionRule> _rules = [];
    private string? _contactedStatus;
    private bool _standardTransitions;
    private bool _standardRecycle;

    /// <summary>Initializes a new instance of the <see cref="LeadProcessBuilder"/> class.</summary>
    /// <param name="name">The process's name, e.g. "Inbound Lead Process".</param>
    public LeadProcessBuilder(string name)
    {
        Name = Preconditions.NotBlank(name);
    }

    /// <summary>Gets the name of the process being built.</summary>
    public string Name { get; }

    /// <summary>Adds a status with all its flags.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder AddStatus(LeadStatus status)
    {
        _statuses.Add(Preconditions.NotNull(status));
        return this;
    }

    /// <summary>Adds an open status, in the order of the calls.</summary>
    /// <param name="name">The status name.</param>
    /// <param name="isDefault">Whether new leads start in it.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder AddOpenStatus(string name, bool isDefault = false) =>
        AddStatus(new LeadStatus(name) { IsDefault = isDefault, SortOrder = _statuses.Count + 1 });

    /// <summary>Adds a converted status (closed and converted), in the order of the calls.</summary>
    /// <param name="name">The status name.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder AddConvertedStatus(string name) =>
        AddStatus(new LeadStatus(name) { IsConverted = true, IsClosed = true, SortOrder = _statuses.Count + 1 });

    /// <summary>Adds a disqualified status (closed, not converted), in the order of the calls.</summary>
    /// <param name="name">The status name.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder AddDisqualifiedStatus(string name) =>
        AddStatus(new LeadStatus(name) { IsClosed = true, SortOrder = _statuses.Count + 1 });

    /// <summary>Names the status that <see cref="LeadStatusTrigger.MarkContacted"/> moves a lead to.</summary>
    /// <remarks>Default: the first open status after the default one, in sort order.</remarks>
    /// <param name="name">An open status of the process.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder WithContactedStatus(string name)
    {
        _contactedStatus = Preconditions.NotBlank(name);
        return this;
    }

    /// <summary>Allows one transition, optionally guarded.</summary>
    /// <param name="trigger">The verb.</param>
    /// <param name="fromStatus">The status the lead must be in.</param>
    /// <param name="toStatus">The status the lead ends in.</param>
    /// <param name="guards">Conditions the lead must meet; all of them.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder Permit(LeadStatusTrigger trigger, string fromStatus, string toStatus, params LeadTransitionGuard[] guards)
    {
        Preconditions.NotBlank(fromStatus);
        Preconditions.NotBlank(toStatus);
        Preconditions.NotNull(guards);
        if (!Enum.IsDefined(trigger))
        {
            throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown trigger.");
        }

        _rules.Add(new TransitionRule(trigger, fromStatus, toStatus, [.. guards]));
        return this;
    }

    /// <summary>Allows the transitions of Salesforce's standard lead processes, worked out from the status flags.</summary>
    /// <remarks>
    /// Salesforce does not enforce an order, so the standard transitions are permissive: mark contacted from any
    /// other open status; move between any two open statuses; disqualify from any open status to any disqualified
    /// one; recycle from any disqualified status to any open one (when <paramref name="allowRecycle"/>); convert from
    /// any status into any converted status. Inactive statuses are never entered. Explicit <see cref="Permit"/>
    /// calls add to these, typically with guards.
    /// </remarks>
    /// <param name="allowRecycle">Whether disqualified leads may be recycled.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder PermitStandardTransitions(bool allowRecycle = true)
    {
        _standardTransitions = true;
        _standardRecycle = allowRecycle;
        return this;
    }

    /// <summary>Builds the process, or throws when the definition is invalid.</summary>
    /// <returns>The immutable process.</returns>
    /// <exception cref="InvalidDefinitionException">The definition is invalid; the exception lists every problem.</exception>
    public LeadProcess Build()
    {
        var result = TryBuild();
        return result.IsSuccess ? result.Value : throw new InvalidDefinitionException([.. result.Errors.OfType<DefinitionError>()]);
    }

    /// <summary>Builds the process, or returns every problem of the definition as <see cref="DefinitionError"/>s.</summary>
    /// <returns>The process, or the problems.</returns>
    public Result<LeadProcess> TryBuild()
    {
        var errors = new List<IError>();
        var statuses = _statuses
            .Select((status, index) => (status, index))
            .OrderBy(p => p.status.SortOrder)
            .ThenBy(p => p.index)
            .Select(p => p.status)
            .ToArray();

        ValidateStatuses(statuses, errors);
        var byName = statuses.DistinctBy(s => s.Name, StringComparer.Ordinal).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var contacted = ResolveContactedStatus(statuses, byName, errors);

        var rules = new List<TransitionRule>();
        if (_standardTransitions)
        {
            rules.AddRange(StandardRules(statuses, contacted, _standardRecycle));
        }

        foreach (var rule in _rules)
        {
            if (ValidateRule(rule, byName, contacted, errors))
            {
                rules.Add(rule);
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<LeadProcess>(errors);
        }

        return Result.Ok(new LeadProcess(Name, statuses, contacted, MergeDuplicateRules(rules)));
    }

    private static IEnumerable<TransitionRule> StandardRules(LeadStatus[] statuses, LeadStatus? contacted, bool recycle)
    {
        var open = statuses.Where(s => s.IsOpen).ToArray();
        var enterableOpen = open.Where(s => s.IsActive).ToArray();
        foreach (var from in open)
        {
            if (contacted is not null && !ReferenceEquals(from, contacted))
            {
                yield return new TransitionRule(LeadStatusTrigger.MarkContacted, from.Name, contacted.Name, []);
            }

            foreach (var to in enterableOpen.Where(to => !ReferenceEquals(from, to)))
            {
                yield return new TransitionRule(LeadStatusTrigger.MoveTo, from.Name, to.Name, []);
            }

            foreach (var to in statuses.Where(s => s.IsDisqualified && s.IsActive))
            {
                yield return new TransitionRule(LeadStatusTrigger.Disqualify, from.Name, to.Name, []);
            }
        }

        if (recycle)
        {
            foreach (var from in statuses.Where(s => s.IsDisqualified))
            {
                foreach (var to in enterableOpen)
                {
                    yield return new TransitionRule(LeadStatusTrigger.Recycle, from.Name, to.Name, []);
                }
            }
        }

        foreach (var from in statuses)
        {
            foreach (var to in statuses.Where(s => s.IsConverted && s.IsActive))
            {
                yield return new TransitionRule(LeadStatusTrigger.Convert, from.Name, to.Name, []);
            }
        }
    }

    /// <summary>An explicit rule for the same edge as a standard one adds its guards to it.</summary>
    private static List<TransitionRule> MergeDuplicateRules(List<TransitionRule> rules) =>
        [.. rules
            .GroupBy(r => (r.Trigger, r.From, r.To))
            .Select(g => new TransitionRule(g.Key.Trigger, g.Key.From, g.Key.To, [.. g.SelectMany(r => r.Guards)]))];
}
