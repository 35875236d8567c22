using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <summary>Creates opportunities and moves them through the stages of a <see cref="SalesProcess"/>.</summary>
/// <remarks>
/// Configured once and safe to share between threads. Every verb returns a new opportunity and an event in a
/// successful result, or a failed result with typed errors that list exactly what is missing or forbidden; the
/// opportunity passed in is never changed. Entering a stage sets probability, forecast category, closed and won from
/// the stage, and appends a history row.
/// </remarks>
public sealed partial class OpportunityWorkflow
{
    private static readonly string[] TriggerNames = ["None", .. Enum.GetValues<OpportunityStageTrigger>().Select(t => t.ToString())];

    private static readonly string[] OperationNames = [.. TriggerNames.Select(t => "opportunity." + t)];

    private readonly TimeProvider _time;
    private readonly IIdGenerator _ids;
    private readonly bool _telemetry;
    private readonly int _onlyWonStage;
    private readonly int _onlyLostStage;

    /// <summary>Initializes a new instance of the <see cref="OpportunityWorkflow"/> class.</summary>
    /// <param name="process">The sales process whose stages and policy apply.</param>
    /// <param name="options">Clock, id generator and telemetry options; defaults when null.</param>
    public OpportunityWorkflow(SalesProcess process, OpportunityWorkflowOptions? options = null)
    {
        Process = Preconditions.NotNull(process);
        options ??= new OpportunityWorkflowOptions();
        _time = Preconditions.NotNull(options.TimeProvider);
        _ids = Preconditions.NotNull(options.IdGenerator);
        _telemetry = options.EnableTelemetry;
        _onlyWonStage = OnlyActive(process.WonStages);
        _onlyLostStage = OnlyActive(process.LostStages);
    }

    /// <summary>Gets the sales process whose stages and policy apply.</summary>
    public SalesProcess Process { get; }

    /// <summary>Validates a new opportunity and starts it in a stage, with an id and a first history row.</summary>
    /// <remarks>
    /// Name is required (120 characters); lead source, description, loss reason and competitor have Salesforce's
    /// limits. An empty stage becomes the process's default (first) stage; a given stage must be an active stage of
    /// the process (imports may start closed), and the stage's required fields must be present. Probability, forecast
    /// category, closed and won are set from the stage, whatever the draft holds. A draft without an id gets a new
    /// one. Every problem is reported at once.
    /// </remarks>
    /// <param name="draft">The opportunity's fields.</param>
    /// <returns>The created opportunity, or every problem found.</returns>
    public Result<Opportunity> Create(Opportunity draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<IError>();
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            errors.Add(new RequiredFieldMissingError(nameof(Opportunity.Name)));
        }

        Length(errors, nameof(Opportunity.Name), draft.Name, OpportunityFieldLimits.Name);
        Length(errors, nameof(Opportunity.LeadSource), draft.LeadSource, OpportunityFieldLimits.PicklistValue);
        Length(errors, nameof(Opportunity.Description), draft.Description, OpportunityFieldLimits.Description);
        Length(errors, nameof(Opportunity.LossReason), draft.LossReason, OpportunityFieldLimits.LossReason);
        Length(errors, nameof(Opportunity.Competitor), draft.Competitor, OpportunityFieldLimits.LossReason);

        var stage = Process.DefaultStage;
        var index = 0;
        if (!string.IsNullOrEmpty(draft.Stage))
        {
            index = Process.IndexOf(draft.Stage);
            if (index < 0)
            {
                errors.Add(new UnknownOpportunityStageError(draft.Stage, Process.Name));
            }
            else if (!Process.StageAt(index).IsActive)
            {
                errors.Add(new InvalidFieldValueError(nameof(Opportunity.Stage), draft.Stage, "a new opportunity cannot start in an inactive stage"));
            }
            else
            {
                stage = Process.StageAt(index);
            }
        }

        if (index >= 0 && Process.MissingFields(draft, index) is { } missing)
        {
            errors.Add(new StageRequiredFieldsMissingError(Process.StageAt(index).Name, missing));
        }

        if (!stage.IsLost && (!string.IsNullOrEmpty(draft.LossReason) || !string.IsNullOrEmpty(draft.Competitor)))
        {
            errors.Add(new InvalidFieldValueError(
                string.IsNullOrEmpty(draft.LossReason) ? nameof(Opportunity.Competitor) : nameof(Opportunity.LossReason),
                draft.LossReason ?? draft.Competitor,
                "only a lost opportunity has a loss reason or competitor"));
        }
        else if (stage.IsLost && Process.Policy.RequireLossReason && string.IsNullOrWhiteSpace(draft.LossReason))
        {
            errors.Add(new LossReasonRequiredError(draft.Id));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<Opportunity>(errors);
        }

        return Process.Start(draft, draft.Id.IsEmpty ? _ids.NewOpportunityId() : draft.Id, _time.GetUtcNow(), stage);
    }

    /// <summary>Tells whether an opportunity can move to another open stage.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <returns>True when <see cref="MoveTo"/> would succeed. Allocates nothing.</returns>
    public bool CanMoveTo(Opportunity opportunity, string stage) => CanFire(opportunity, OpportunityStageTrigger.MoveTo, stage);

    /// <summary>Moves an open opportunity to another open stage that the process and its policy allow.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityStageChanged"/>, or why it was refused.</returns>
    public Result<OpportunityTransition> MoveTo(Opportunity opportunity, string stage) =>
        Fire(opportunity, OpportunityStageTrigger.MoveTo, stage);

    /// <summary>Tells whether an opportunity can advance to the next open stage.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>True when <see cref="Advance"/> would succeed.</returns>
    public bool CanAdvance(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return IsPermitted(opportunity, OpportunityStageTrigger.Advance, Process.AdvanceTarget(Process.IndexOf(opportunity.Stage)), lossReason: null);
    }

    /// <summary>Advances an open opportunity to the next active open stage of the process.</summary>
    /// <remarks>From the last open stage there is no next one: close the opportunity as won or lost instead.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityStageChanged"/>, or why it was refused.</returns>
    public Result<OpportunityTransition> Advance(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var from = Process.IndexOf(opportunity.Stage);
        var to = Process.AdvanceTarget(from);
        if (from >= 0 && to < 0)
        {
            var reason = Process.StageAt(from).IsClosed
                ? "a closed opportunity must be reopened first"
                : "there is no later open stage; close the opportunity as won or lost";
            return Refuse(OpportunityStageTrigger.Advance, [new StageChangeNotPermittedError(opportunity.Stage, OpportunityStageTrigger.Advance, null, reason)]);
        }

        return Transition(opportunity, OpportunityStageTrigger.Advance, to, toName: null, lossReason: null, competitor: null);
    }

    /// <summary>Tells whether an opportunity can be closed as won.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The won stage; null when the process has only one.</param>
    /// <returns>True when <see cref="CloseAsWon"/> would succeed.</returns>
    public bool CanCloseAsWon(Opportunity opportunity, string? stage = null) =>
        IsPermitted(opportunity, OpportunityStageTrigger.CloseAsWon, stage is null ? _onlyWonStage : Process.IndexOf(stage), lossReason: null);

    /// <summary>Closes an open opportunity as won, in a won stage.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The won stage; required when the process has several, else null for the only one.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityWon"/>, or why it was refused.</returns>
    public Result<OpportunityTransition> CloseAsWon(Opportunity opportunity, string? stage = null) =>
        Close(opportunity, OpportunityStageTrigger.CloseAsWon, stage, lossReason: null, competitor: null);

    /// <summary>Tells whether an opportunity can be closed as lost.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="lossReason">The reason that would be given.</param>
    /// <param name="stage">The lost stage; null when the process has only one.</param>
    /// <returns>True when <see cref="CloseAsLost"/> would succeed.</returns>
    public bool CanCloseAsLost(Opportunity opportunity, string? lossReason = null, string? stage = null) =>
        IsPermitted(opportunity, OpportunityStageTrigger.CloseAsLost, stage is null ? _onlyLostStage : Process.IndexOf(stage), lossReason);

    /// <summary>Closes an open opportunity as lost, in a closed stage that is not won, with a reason and competitor.</summary>
    /// <remarks>The reason is required when the policy says so (<see cref="SalesProcessPolicy.RequireLossReason"/>).</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="lossReason">Why it was lost, e.g. "Price".</param>
    /// <param name="competitor">The competitor it was lost to, if known.</param>
    /// <param name="stage">The lost stage; required when the process has several, else null for the only one.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityLost"/>, or why it was refused.</returns>
    public Result<OpportunityTransition> CloseAsLost(Opportunity opportunity, string? lossReason, string? competitor = null, string? stage = null) =>
        Close(opportunity, OpportunityStageTrigger.CloseAsLost, stage, lossReason, competitor);

    /// <summary>Tells whether a closed opportunity can be reopened.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The open stage to return to; null for the one <see cref="Reopen"/> would choose.</param>
    /// <returns>True when <see cref="Reopen"/> would succeed.</returns>
    public bool CanReopen(Opportunity opportunity, string? stage = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return IsPermitted(opportunity, OpportunityStageTrigger.Reopen, stage is null ? ReopenTarget(opportunity) : Process.IndexOf(stage), lossReason: null);
    }

    /// <summary>Reopens a closed opportunity to an open stage, clearing its loss reason and competitor.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The open stage; null for the last open stage in its history, or the default stage.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityReopened"/>, or why it was refused.</returns>
    public Result<OpportunityTransition> Reopen(Opportunity opportunity, string? stage = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var to = stage is null ? ReopenTarget(opportunity) : Process.IndexOf(stage);
        return Transition(opportunity, OpportunityStageTrigger.Reopen, to, stage, lossReason: null, competitor: null);
    }

    /// <summary>Tells whether an opportunity can take a stage change, required fields included.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <returns>True when the change is permitted; a required loss reason is not asked for here. Allocates nothing.</returns>
    public bool CanFire(Opportunity opportunity, OpportunityStageTrigger trigger, string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return IsPermitted(opportunity, trigger, Process.IndexOf(stage), lossReason: null, checkLossReason: false);
    }

    /// <summary>Applies a stage verb to a named stage; the named verbs above are shorthands for this.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="trigger">The verb.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <param name="lossReason">The loss reason, for <see cref="OpportunityStageTrigger.CloseAsLost"/>.</param>
    /// <param name="competitor">The competitor, for <see cref="OpportunityStageTrigger.CloseAsLost"/>.</param>
    /// <returns>The changed opportunity and its event, or why it was refused.</returns>
    public Result<OpportunityTransition> Fire(Opportunity opportunity, OpportunityStageTrigger trigger, string stage, string? lossReason = null, string? competitor = null)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Transition(opportunity, trigger, Process.IndexOf(stage), stage, lossReason, competitor);
    }

    /// <summary>Sets the stage the way setting Salesforce's StageName does: the verb follows from the two stages' flags.</summary>
    /// <remarks>Open to open moves, open to won closes as won, open to lost closes as lost, closed to open reopens;
    /// the policy applies as for the verb itself.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <param name="lossReason">The loss reason, when the stage is lost.</param>
    /// <param name="competitor">The competitor, when the stage is lost.</param>
    /// <returns>The changed opportunity and its event, or why it was refused.</returns>
    public Result<OpportunityTransition> ChangeStage(Opportunity opportunity, string stage, string? lossReason = null, string? competitor = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        ArgumentNullException.ThrowIfNull(stage);
        var from = Process.IndexOf(opportunity.Stage);
        var to = Process.IndexOf(stage);
        var trigger = from < 0 || to < 0 ? OpportunityStageTrigger.MoveTo : (Process.StageAt(from), Process.StageAt(to)) switch
        {
            ({ IsClosed: true }, { IsOpen: true }) => OpportunityStageTrigger.Reopen,
            ({ IsOpen: true }, { IsWon: true }) => OpportunityStageTrigger.CloseAsWon,
            ({ IsOpen: true }, { IsLost: true }) => OpportunityStageTrigger.CloseAsLost,
            _ => OpportunityStageTrigger.MoveTo,
        };
        return Transition(opportunity, trigger, to, stage, lossReason, competitor);
    }

    /// <summary>Lists the stage changes an opportunity can take now, required fields included, in stage order.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The changes; empty for a stage outside the process.</returns>
    public IReadOnlyList<PermittedStageChange> GetPermittedStageChanges(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Process.PermittedFrom(Process.IndexOf(opportunity.Stage), opportunity);
    }

    /// <summary>The process index of the only active stage of a list, or -1 when there is none or several.</summary>
    private int OnlyActive(IReadOnlyList<OpportunityStage> stages)
    {
        var found = -1;
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i].IsActive)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found < 0 ? -1 : Process.IndexOf(stages[found].Name);
    }

    private static void Length(List<IError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new StringTooLongError(field, max, value.Length));
        }
    }
}
