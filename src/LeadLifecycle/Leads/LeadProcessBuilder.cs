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
    private readonly Dictionary<string, List<LeadTransitionGuard>> _entryGuards = new(StringComparer.Ordinal);
    private readonly LeadTransitionGuard[]?[] _triggerGuards = new LeadTransitionGuard[]?[LeadTransitionTable.TriggerCount];
    private LeadProcessPolicy _policy = LeadProcessPolicy.FreeMovement;

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
    /// <remarks>A transition the standard transitions already allow gets these guards added to it; other paths into
    /// <paramref name="toStatus"/> are not affected (use <see cref="RequireOnEntry"/> for that).</remarks>
    /// <param name="trigger">The verb.</param>
    /// <param name="fromStatus">The status the lead must be in.</param>
    /// <param name="toStatus">The status the lead ends in.</param>
    /// <param name="guards">Conditions the lead must meet; all of them.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder Permit(LeadStatusTrigger trigger, string fromStatus, string toStatus, params LeadTransitionGuard[] guards)
    {
        Preconditions.NotBlank(fromStatus);
        Preconditions.NotBlank(toStatus);
        _rules.Add(new TransitionRule(DefinedTrigger(trigger), fromStatus, toStatus, CheckedGuards(guards)));
        return this;
    }

    /// <summary>Requires guards on every transition into a status, whatever the trigger, conversion included.</summary>
    /// <remarks>
    /// Entry guards hold on every path into the status: each status verb, recycling and lead conversion (a guard on a
    /// converted status is checked by <c>LeadConverter</c>), and <see cref="LeadWorkflow.Create"/> of a lead that
    /// starts in the status. They are added to the guards of each transition into the status, after its own guards
    /// and its trigger's. Calls add up.
    /// </remarks>
    /// <param name="status">The status; must be one of the process's statuses.</param>
    /// <param name="guards">Conditions the lead must meet to enter it; all of them.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder RequireOnEntry(string status, params LeadTransitionGuard[] guards)
    {
        Preconditions.NotBlank(status);
        var checkedGuards = CheckedGuards(guards);
        if (!_entryGuards.TryGetValue(status, out var list))
        {
            _entryGuards.Add(status, list = []);
        }

        list.AddRange(checkedGuards);
        return this;
    }

    /// <summary>Requires guards on every transition of a trigger, from any status to any status.</summary>
    /// <remarks>E.g. <c>RequireForTrigger(LeadStatusTrigger.Convert, hasEmail)</c> guards every conversion. Trigger
    /// guards come after a transition's own guards and before its target's entry guards. Calls add up.</remarks>
    /// <param name="trigger">The verb.</param>
    /// <param name="guards">Conditions the lead must meet; all of them.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder RequireForTrigger(LeadStatusTrigger trigger, params LeadTransitionGuard[] guards)
    {
        var index = (int)DefinedTrigger(trigger) - 1;
        _triggerGuards[index] = [.. _triggerGuards[index] ?? [], .. CheckedGuards(guards)];
        return this;
    }

    /// <summary>Sets the policy the process enforces on status changes: forward-only, no skipping.</summary>
    /// <remarks>Default: <see cref="LeadProcessPolicy.FreeMovement"/>. See <see cref="LeadProcessPolicy"/> for which
    /// verbs each rule covers.</remarks>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public LeadProcessBuilder WithPolicy(LeadProcessPolicy policy)
    {
        _policy = Preconditions.NotNull(policy);
        return this;
    }

    /// <summary>Allows the transitions of Salesforce's standard lead processes, worked out from the status flags.</summary>
    /// <remarks>
    /// <para>Salesforce does not enforce an order, so the standard transitions are permissive: mark contacted from any
    /// other open status; move between any two open statuses; disqualify from any open status to any disqualified
    /// one; recycle from any disqualified status to any open one (when <paramref name="allowRecycle"/>); convert from
    /// any status into any converted status. Inactive statuses are never entered.</para>
    /// <para>What explicit <see cref="Permit"/> calls do next to these: a <c>Permit</c> for a transition that is
    /// already standard adds its guards to that one transition; a <c>Permit</c> for any other transition adds it.
    /// Neither removes or guards any other path into the same status: to guard every path into a status use
    /// <see cref="RequireOnEntry"/>, to guard every transition of a verb <see cref="RequireForTrigger"/>, and to
    /// refuse moves by order <see cref="WithPolicy"/>.</para>
    /// <para>The standard transitions are evaluated from the flags, not stored, so a process of 1,000 statuses (the
    /// number of values Salesforce allows in a picklist) builds in linear time and memory.</para>
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
        var rules = _rules.Where(rule => ValidateRule(rule, byName, contacted, errors)).ToList();
        foreach (var status in _entryGuards.Keys.Where(s => !byName.ContainsKey(s)))
        {
            errors.Add(new UnknownValueError(Name, status, "entry guards name a status the process does not have."));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<LeadProcess>(errors);
        }

        var definition = new LeadProcessDefinition(
            _standardTransitions,
            _standardRecycle,
            _policy,
            rules,
            _entryGuards.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            [.. _triggerGuards]);
        return Result.Ok(new LeadProcess(Name, statuses, contacted, definition));
    }

    private static LeadStatusTrigger DefinedTrigger(LeadStatusTrigger trigger) =>
        Enum.IsDefined(trigger) ? trigger : throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown trigger.");

    private static LeadTransitionGuard[] CheckedGuards(LeadTransitionGuard[] guards)
    {
        Preconditions.NotNull(guards);
        foreach (var guard in guards)
        {
            ArgumentNullException.ThrowIfNull(guard, nameof(guards));
        }

        return [.. guards];
    }
}
