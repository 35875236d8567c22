using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <summary>Creates leads and changes their status by the rules of a <see cref="LeadProcess"/>.</summary>
/// <remarks>
/// Configured once and safe to share between threads. Every verb returns a new lead and an event in a successful
/// result, or a failed result with typed errors; the lead passed in is never changed. A converted lead is terminal:
/// every verb refuses it with <see cref="LeadAlreadyConvertedError"/>, except <see cref="EditConvertedLead"/> when
/// <see cref="LeadWorkflowOptions.AllowConvertedLeadEdits"/> is set, which edits fields only. No verb can enter a
/// converted status: only lead conversion does that.
/// </remarks>
public sealed partial class LeadWorkflow
{
    private readonly TimeProvider _time;
    private readonly IIdGenerator _ids;
    private readonly bool _allowPersonAccounts;
    private readonly bool _allowConvertedLeadEdits;
    private readonly bool _telemetry;
    private readonly int _contactedIndex;
    private readonly string _firstDisqualifiedStatus;

    /// <summary>Initializes a new instance of the <see cref="LeadWorkflow"/> class.</summary>
    /// <param name="process">The lead process whose rules apply.</param>
    /// <param name="options">Clock, id generator and validation options; defaults when null.</param>
    public LeadWorkflow(LeadProcess process, LeadWorkflowOptions? options = null)
    {
        Process = Preconditions.NotNull(process);
        options ??= new LeadWorkflowOptions();
        _time = Preconditions.NotNull(options.TimeProvider);
        _ids = Preconditions.NotNull(options.IdGenerator);
        _allowPersonAccounts = options.AllowPersonAccountLeads;
        _allowConvertedLeadEdits = options.AllowConvertedLeadEdits;
        _telemetry = options.EnableTelemetry;
        _contactedIndex = process.ContactedStatus is { } contacted ? process.IndexOf(contacted.Name) : -1;
        _firstDisqualifiedStatus = process.Statuses.FirstOrDefault(s => s.IsDisqualified && s.IsActive)?.Name ?? string.Empty;
    }

    /// <summary>Gets the lead process whose rules apply.</summary>
    public LeadProcess Process { get; }

    /// <summary>Validates a new lead and gives it an id, its status and its creation time.</summary>
    /// <remarks>
    /// Validation is Salesforce's: LastName required (80 characters), Company required (255) unless person-account
    /// leads are allowed, the standard length limits, email syntax. An empty status becomes the process default; a
    /// given status must be an active, not converted status of the process, and the lead must meet the status's entry
    /// guards (<see cref="LeadProcessBuilder.RequireOnEntry"/>). A lead without an id gets a new one. Every problem is
    /// reported at once: <see cref="RequiredFieldMissingError"/>, <see cref="StringTooLongError"/>,
    /// <see cref="InvalidEmailAddressError"/>, <see cref="UnknownLeadStatusError"/>, <see cref="InvalidFieldValueError"/>.
    /// </remarks>
    /// <param name="draft">The lead's fields.</param>
    /// <returns>The created lead, or every problem found.</returns>
    public Result<Lead> Create(Lead draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = LeadValidator.Validate(draft, _allowPersonAccounts);
        var status = Process.DefaultStatus;
        if (!string.IsNullOrEmpty(draft.Status))
        {
            var index = Process.IndexOf(draft.Status);
            if (index < 0)
            {
                errors.Add(new UnknownLeadStatusError(draft.Status, Process.Name));
            }
            else if (Process.StatusAt(index) is { IsConverted: true } or { IsActive: false })
            {
                errors.Add(new InvalidFieldValueError(nameof(Lead.Status), draft.Status, "a new lead cannot start in a converted or inactive status"));
            }
            else
            {
                status = Process.StatusAt(index);
            }
        }

        if (Process.UnmetEntryGuards(draft, Process.IndexOf(status.Name)) is { Length: > 0 } unmet)
        {
            errors.Add(new InvalidFieldValueError(nameof(Lead.Status), status.Name, $"entering '{status.Name}' requires: {string.Join("; ", unmet)}"));
        }

        if (draft.IsConverted)
        {
            errors.Add(new InvalidFieldValueError(nameof(Lead.IsConverted), "true", "only lead conversion converts a lead"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<Lead>(errors);
        }

        return draft with
        {
            Id = draft.Id.IsEmpty ? _ids.NewLeadId() : draft.Id,
            Status = status.Name,
            CreatedAt = draft.CreatedAt ?? _time.GetUtcNow(),
            Version = RecordVersion.First,
        };
    }

    /// <summary>Tells whether a lead can be marked contacted.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>True exactly when <see cref="MarkContacted"/> would succeed.</returns>
    public bool CanMarkContacted(Lead lead) => IsPermitted(lead, LeadStatusTrigger.MarkContacted, _contactedIndex);

    /// <summary>Marks a lead contacted: sales is in touch. Moves it to the process's contacted status.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The changed lead and its event, or why it was refused (the errors of <see cref="Fire"/>).</returns>
    public Result<LeadChange> MarkContacted(Lead lead) =>
        Transition(lead, LeadStatusTrigger.MarkContacted, _contactedIndex, Process.ContactedStatus?.Name, reason: null);

    /// <summary>Tells whether a lead can move to another open status.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="status">The status asked for.</param>
    /// <returns>True exactly when <see cref="MoveTo"/> would succeed.</returns>
    public bool CanMoveTo(Lead lead, string status) => CanFire(lead, LeadStatusTrigger.MoveTo, status);

    /// <summary>Moves a lead to another open status the process allows, e.g. "Nurturing".</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="status">The status asked for.</param>
    /// <returns>The changed lead and its event, or why it was refused (the errors of <see cref="Fire"/>).</returns>
    public Result<LeadChange> MoveTo(Lead lead, string status) => Fire(lead, LeadStatusTrigger.MoveTo, status);

    /// <summary>Tells whether a lead can be disqualified with a reason.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="status">The disqualified status; null for the process's first one.</param>
    /// <returns>True exactly when <see cref="Disqualify"/> would succeed.</returns>
    public bool CanDisqualify(Lead lead, string reason, string? status = null) =>
        CanFire(lead, LeadStatusTrigger.Disqualify, status ?? FirstDisqualifiedStatus(), reason);

    /// <summary>Disqualifies a lead: closes it without converting it, with a reason.</summary>
    /// <remarks>See <see cref="DisqualificationReasons"/> for Dynamics 365's standard reasons.</remarks>
    /// <param name="lead">The lead.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="status">The disqualified status; null for the process's first one.</param>
    /// <returns>The changed lead and its event, or why it was refused (the errors of <see cref="Fire"/>).</returns>
    public Result<LeadChange> Disqualify(Lead lead, string reason, string? status = null) =>
        Fire(lead, LeadStatusTrigger.Disqualify, status ?? FirstDisqualifiedStatus(), reason);

    /// <summary>Tells whether a disqualified lead can be recycled.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="status">The open status to return to; null for the process default.</param>
    /// <returns>True exactly when <see cref="Recycle"/> would succeed.</returns>
    public bool CanRecycle(Lead lead, string? status = null) =>
        CanFire(lead, LeadStatusTrigger.Recycle, status ?? Process.DefaultStatus.Name);

    /// <summary>Recycles a disqualified lead back to an open status, clearing its disqualification reason.</summary>
    /// <remarks>Recycling starts from a closed (disqualified) status; from any other status it is refused with
    /// <see cref="RecycleRequiresDisqualifiedStatusError"/>.</remarks>
    /// <param name="lead">The lead.</param>
    /// <param name="status">The open status to return to; null for the process default.</param>
    /// <returns>The changed lead and its event, or why it was refused (the errors of <see cref="Fire"/>).</returns>
    public Result<LeadChange> Recycle(Lead lead, string? status = null) =>
        Fire(lead, LeadStatusTrigger.Recycle, status ?? Process.DefaultStatus.Name);

    /// <summary>Tells whether a lead can take a status verb, guards and policy included.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="status">The status asked for.</param>
    /// <param name="reason">The reason; required for <see cref="LeadStatusTrigger.Disqualify"/>.</param>
    /// <returns>True exactly when <see cref="Fire"/> with the same arguments would succeed; always false for
    /// <see cref="LeadStatusTrigger.Convert"/> and for a converted target: only lead conversion converts.</returns>
    public bool CanFire(Lead lead, LeadStatusTrigger trigger, string status, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        return (trigger != LeadStatusTrigger.Disqualify || !string.IsNullOrWhiteSpace(reason))
            && IsPermitted(lead, trigger, Process.IndexOf(status));
    }

    /// <summary>Applies a status verb by name; the named verbs above are shorthands for this.</summary>
    /// <remarks>
    /// Errors: <see cref="LeadAlreadyConvertedError"/> (a converted lead never changes);
    /// <see cref="UnknownLeadStatusError"/>; <see cref="DisqualificationReasonRequiredError"/>;
    /// <see cref="ConversionRequiredError"/> (the trigger is Convert or the status is a converted one: call
    /// <c>LeadConverter.Convert</c>); <see cref="RecycleRequiresDisqualifiedStatusError"/>;
    /// <see cref="LeadTransitionNotPermittedError"/> (no such transition, or unmet guards, listed);
    /// <see cref="LeadStatusBackwardMoveError"/> and <see cref="LeadStatusSkipError"/> (the process's policy).
    /// </remarks>
    /// <param name="lead">The lead.</param>
    /// <param name="trigger">The verb; <see cref="LeadStatusTrigger.Convert"/> is refused: use lead conversion.</param>
    /// <param name="status">The status asked for.</param>
    /// <param name="reason">The reason; required for <see cref="LeadStatusTrigger.Disqualify"/>.</param>
    /// <returns>The changed lead and its event, or why it was refused.</returns>
    public Result<LeadChange> Fire(Lead lead, LeadStatusTrigger trigger, string status, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        return Transition(lead, trigger, Process.IndexOf(status), status, reason);
    }

    /// <summary>Lists the transitions a lead can take now, guards and policy included, per trigger in status order.</summary>
    /// <remarks>Convert entries are the conversions the process allows the lead now: take them with
    /// <c>LeadConverter.Convert</c>; every other entry with the verb of its trigger.</remarks>
    /// <param name="lead">The lead.</param>
    /// <returns>The transitions; empty for a converted lead or a status outside the process.</returns>
    public IReadOnlyList<PermittedLeadTransition> GetPermittedTransitions(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return lead.IsConverted ? [] : Process.PermittedFrom(Process.IndexOf(lead.Status), lead);
    }

    private static readonly string[] TriggerNames = ["None", .. Enum.GetValues<LeadStatusTrigger>().Select(t => t.ToString())];

    private static readonly string[] OperationNames = [.. TriggerNames.Select(t => "lead." + t)];

    /// <summary>A trigger's name for telemetry; undefined values (a cast integer) are "Unknown", never an exception.</summary>
    private static string NameOf(string[] names, LeadStatusTrigger trigger) =>
        (uint)trigger < (uint)names.Length ? names[(int)trigger] : names == OperationNames ? "lead.Unknown" : "Unknown";

    private string FirstDisqualifiedStatus() => _firstDisqualifiedStatus;

    /// <summary>The allocation-free check behind every CanX.</summary>
    private bool IsPermitted(Lead lead, LeadStatusTrigger trigger, int to)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return Process.AllowsStatusChange(lead, trigger, to);
    }

    private Result<LeadChange> Transition(Lead lead, LeadStatusTrigger trigger, int to, string? toName, string? reason)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (Refusal(lead, trigger, to, toName, reason) is { } refusal)
        {
            if (_telemetry)
            {
                Telemetry.Refusal(NameOf(OperationNames, trigger), refusal);
            }

            return Result.Fail<LeadChange>(refusal);
        }

        var change = Process.ChangeStatus(lead, trigger, to, reason, _time.GetUtcNow());
        if (_telemetry)
        {
            Telemetry.LeadTransition(Process.Name, NameOf(TriggerNames, trigger), lead.Status, change.Lead.Status);
        }

        return Result.Ok(change);
    }

    /// <summary>Why a status verb is refused, or null when it is permitted: the verb's own argument, then the process.</summary>
    private List<IError>? Refusal(Lead lead, LeadStatusTrigger trigger, int to, string? toName, string? reason)
    {
        var refusal = Process.StatusChangeRefusal(lead, trigger, to, toName);
        if (trigger == LeadStatusTrigger.Disqualify && string.IsNullOrWhiteSpace(reason) && !lead.IsConverted)
        {
            (refusal ??= []).Insert(0, new DisqualificationReasonRequiredError(lead.Id));
        }

        return refusal;
    }
}
