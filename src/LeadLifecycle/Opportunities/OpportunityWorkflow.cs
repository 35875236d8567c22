using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <summary>Creates opportunities and changes them: stage transitions along a <see cref="SalesProcess"/> and changes of
/// the tracked fields.</summary>
/// <remarks>
/// <para>Configured once and safe to share between threads. Every verb returns a <see cref="Result{T}"/> of
/// <see cref="OpportunityChange"/>: the new opportunity and its event, or typed errors that list exactly what is
/// missing or forbidden; the opportunity passed in is never changed. Each verb has a <c>CanX</c> with exactly its
/// parameters that returns true exactly when the verb would succeed; to learn why not, call the verb.</para>
/// <para>The ways to change a stage: <see cref="MoveTo"/> moves an open opportunity to another open stage under the
/// policy; <see cref="Advance"/>, <see cref="CloseAsWon"/>, <see cref="CloseAsLost"/> and <see cref="Reopen"/> name
/// the other moves; <see cref="ChangeStage"/> is Salesforce's "set StageName": any stage to any other, closed to closed
/// included, still under the policy; <see cref="Fire"/> applies a trigger given as data, for hosts that dispatch on
/// <see cref="OpportunityStageTrigger"/>.</para>
/// <para>Entering a stage sets probability, forecast category, closed and won from the stage and appends a history
/// row; every verb first refuses an inconsistent input record (see <see cref="Opportunity"/>).</para>
/// </remarks>
public sealed partial class OpportunityWorkflow
{
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
    /// <para>Name (120 characters) and close date are required, as in Salesforce; lead source, description, loss reason
    /// and competitor have Salesforce's limits; the amount lies within <see cref="OpportunityFieldLimits.MaxAmount"/>.
    /// An empty stage becomes the process's <see cref="SalesProcess.DefaultStage"/>; a given stage must be an active
    /// stage of the process (imports may start closed), and the stage's required fields must be present. A process
    /// of closed stages only has no stage to start in unless one is named.</para>
    /// <para>Closed and won come from the stage, whatever the draft holds. A probability other than 0 given in the
    /// draft is kept, as Salesforce keeps an explicit probability; so is a forecast category other than
    /// <see cref="ForecastCategory.Omitted"/>; 0 and Omitted mean "from the stage" (override them afterwards with
    /// <see cref="OverrideProbability"/> or <see cref="OverrideForecastCategory"/>). A draft without an id gets a new
    /// one. Every problem is reported at once.</para>
    /// </remarks>
    /// <param name="draft">The opportunity's fields.</param>
    /// <returns>The created opportunity, or every problem found: <see cref="RequiredFieldMissingError"/> (Name,
    /// CloseDate), <see cref="StringTooLongError"/>, <see cref="InvalidFieldValueError"/> (amount, probability, forecast
    /// category, an inactive stage, a loss reason outside a lost stage), <see cref="UnknownOpportunityStageError"/>,
    /// <see cref="NoOpenStageError"/>, <see cref="StageRequiredFieldsMissingError"/>,
    /// <see cref="LossReasonRequiredError"/>.</returns>
    public Result<Opportunity> Create(Opportunity draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<IError>();
        OpportunityValidation.Fields(errors, draft, closeDateRequired: true);
        if (draft.CustomFields is null)
        {
            errors.Add(new InvalidFieldValueError(nameof(Opportunity.CustomFields), null, "must not be null; use CustomFields.Empty"));
        }

        var stage = Process.DefaultStage;
        var index = Process.IndexOf(stage.Name);
        if (string.IsNullOrEmpty(draft.Stage))
        {
            if (stage.IsClosed)
            {
                errors.Add(new NoOpenStageError(Process.Name));
            }
        }
        else
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

        var forecast = draft.ForecastCategory == ForecastCategory.Omitted ? (ForecastCategory?)null : draft.ForecastCategory;
        if (forecast is { } category && ForecastProblem(category, stage.IsWon) is { } forecastProblem)
        {
            errors.Add(forecastProblem);
        }

        if (!stage.IsLost)
        {
            OpportunityValidation.LossDetailsOutsideALostStage(errors, draft.LossReason, draft.Competitor);
        }
        else if (Process.Policy.RequireLossReason && string.IsNullOrWhiteSpace(draft.LossReason))
        {
            errors.Add(new LossReasonRequiredError(draft.Id));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<Opportunity>(errors);
        }

        var started = draft with { Id = draft.Id.IsEmpty ? _ids.NewOpportunityId() : draft.Id, History = OpportunityHistory.Empty, Version = RecordVersion.First - 1 };
        return Result.Ok(SalesProcess.EnterStage(
            started, stage, _time.GetUtcNow(), draft.Probability == 0 ? null : draft.Probability, forecast, draft.LossReason, draft.Competitor));
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

    /// <summary>Closed is the forecast category of won opportunities only.</summary>
    private static InvalidFieldValueError? ForecastProblem(ForecastCategory category, bool won) =>
        category == ForecastCategory.Closed && !won
            ? new InvalidFieldValueError(nameof(Opportunity.ForecastCategory), category.ToString(), "only a won opportunity is forecast as Closed")
            : null;
}
