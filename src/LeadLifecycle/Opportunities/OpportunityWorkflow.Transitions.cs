using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <content>The one path every stage verb takes: check the record, then the compiled model, then enter the stage.</content>
public sealed partial class OpportunityWorkflow
{
    private static readonly string[] TriggerNames = ["None", .. Enum.GetValues<OpportunityStageTrigger>().Select(t => t.ToString())];

    private static readonly string[] OperationNames = [.. TriggerNames.Select(t => "opportunity." + t)];

    /// <summary>What is wrong with the loss details of a transition.</summary>
    [Flags]
    private enum LossIssue
    {
        None = 0,
        NotALostStage = 1,
        TooLong = 2,
        ReasonRequired = 4,
    }

    /// <summary>The allocation-free check behind every stage CanX; agrees with <see cref="Refusal"/>.</summary>
    private bool IsPermitted(Opportunity opportunity, OpportunityStageTrigger trigger, int to, LossDetails? loss)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var from = Process.IndexOf(opportunity.Stage);
        if (from < 0 || !OpportunityValidation.IsValid(opportunity, Process.StageAt(from)))
        {
            return false;
        }

        var guards = Process.Edge(from, trigger, to);
        if (guards is null)
        {
            return false;
        }

        foreach (var guard in guards)
        {
            if (!guard.IsMet(opportunity))
            {
                return false;
            }
        }

        return CheckLoss(opportunity, from, to, loss) == LossIssue.None;
    }

    private int IndexOfTarget(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Process.IndexOf(stage);
    }

    /// <summary>The trigger that setting the stage amounts to, from the two stages' flags.</summary>
    private OpportunityStageTrigger TriggerForStageChange(Opportunity opportunity, int to)
    {
        var from = Process.IndexOf(opportunity.Stage);
        if (from < 0 || to < 0)
        {
            return OpportunityStageTrigger.MoveTo;
        }

        return (Process.StageAt(from), Process.StageAt(to)) switch
        {
            ({ IsClosed: true }, { IsOpen: true }) => OpportunityStageTrigger.Reopen,
            ({ IsClosed: true }, { IsClosed: true }) => OpportunityStageTrigger.ChangeClosedStage,
            ({ IsOpen: true }, { IsWon: true }) => OpportunityStageTrigger.CloseAsWon,
            ({ IsOpen: true }, { IsLost: true }) => OpportunityStageTrigger.CloseAsLost,
            _ => OpportunityStageTrigger.MoveTo,
        };
    }

    private LossIssue CheckLoss(Opportunity opportunity, int from, int to, LossDetails? loss)
    {
        var target = Process.StageAt(to);
        var issue = LossIssue.None;
        if (loss is not null)
        {
            if (!target.IsLost && loss.HasAny)
            {
                issue |= LossIssue.NotALostStage;
            }

            if ((loss.Reason?.Length ?? 0) > OpportunityFieldLimits.LossReason || (loss.Competitor?.Length ?? 0) > OpportunityFieldLimits.LossReason)
            {
                issue |= LossIssue.TooLong;
            }
        }

        if (target.IsLost && Process.Policy.RequireLossReason && string.IsNullOrWhiteSpace(LossReasonAfter(opportunity, from, loss)))
        {
            issue |= LossIssue.ReasonRequired;
        }

        return issue;
    }

    /// <summary>The loss reason after a transition into a lost stage: the one given, else the one kept from a lost stage.</summary>
    private string? LossReasonAfter(Opportunity opportunity, int from, LossDetails? loss) =>
        NullIfBlank(loss?.Reason) ?? (Process.StageAt(from).IsLost ? opportunity.LossReason : null);

    private string? CompetitorAfter(Opportunity opportunity, int from, LossDetails? loss) =>
        NullIfBlank(loss?.Competitor) ?? (Process.StageAt(from).IsLost ? opportunity.Competitor : null);

    private Result<OpportunityChange> Close(Opportunity opportunity, OpportunityStageTrigger trigger, string? stage, LossDetails? loss)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        if (stage is not null)
        {
            return Transition(opportunity, trigger, Process.IndexOf(stage), stage, loss);
        }

        var only = trigger == OpportunityStageTrigger.CloseAsWon ? _onlyWonStage : _onlyLostStage;
        if (only < 0)
        {
            var candidates = (trigger == OpportunityStageTrigger.CloseAsWon ? Process.WonStages : Process.LostStages)
                .Where(s => s.IsActive).Select(s => s.Name).ToArray();
            return Refuse(trigger, [new ClosingStageRequiredError(trigger, candidates)]);
        }

        return Transition(opportunity, trigger, only, toName: null, loss);
    }

    /// <summary>Where reopening goes by default: the last active open stage in the history, else the default stage
    /// when open, else the first open stage; -1 when the process has none.</summary>
    private int ReopenTarget(Opportunity opportunity)
    {
        var history = opportunity.History ?? OpportunityHistory.Empty;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var index = Process.IndexOf(history[i].Stage);
            if (index >= 0 && Process.StageAt(index) is { IsOpen: true, IsActive: true })
            {
                return index;
            }
        }

        var fallback = Process.DefaultStage.IsOpen ? Process.DefaultStage : Process.FirstOpenStage;
        return fallback is null ? -1 : Process.IndexOf(fallback.Name);
    }

    private Result<OpportunityChange> Transition(Opportunity opportunity, OpportunityStageTrigger trigger, int to, string? toName, LossDetails? loss)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        if (!IsPermitted(opportunity, trigger, to, loss))
        {
            return Refuse(trigger, Refusal(opportunity, trigger, to, toName, loss));
        }

        var from = Process.IndexOf(opportunity.Stage);
        var source = Process.StageAt(from);
        var target = Process.StageAt(to);
        var now = _time.GetUtcNow();
        var reason = target.IsLost ? LossReasonAfter(opportunity, from, loss) : null;
        var competitor = target.IsLost ? CompetitorAfter(opportunity, from, loss) : null;
        var changed = SalesProcess.EnterStage(opportunity, target, now, lossReason: reason, competitor: competitor);
        OpportunityStageEvent @event = (source, target) switch
        {
            (_, { IsWon: true }) when !source.IsWon => new OpportunityWon(opportunity.Id, source.Name, target.Name, now, opportunity.Amount, trigger),
            (_, { IsLost: true }) when !source.IsLost => new OpportunityLost(opportunity.Id, source.Name, target.Name, now, reason, competitor, trigger),
            ({ IsClosed: true }, { IsOpen: true }) => new OpportunityReopened(opportunity.Id, source.Name, target.Name, now),
            _ => new OpportunityStageChanged(opportunity.Id, source.Name, target.Name, trigger, now),
        };
        if (_telemetry)
        {
            Telemetry.StageChange(Process.Name, TriggerNames[(int)trigger], source.Name, target.Name);
        }

        return Result.Ok(new OpportunityChange(changed, @event));
    }

    private Result<OpportunityChange> Refuse(OpportunityStageTrigger trigger, List<IError> errors)
    {
        if (_telemetry)
        {
            Telemetry.Refusal(Enum.IsDefined(trigger) ? OperationNames[(int)trigger] : "opportunity.Fire", errors);
        }

        return Result.Fail<OpportunityChange>(errors);
    }

    /// <summary>Everything that stops a stage transition: unknown stages alone; else an inconsistent record alone; else
    /// an impossible transition alone; else every policy rule broken, every required field missing and every problem of
    /// the loss details, together.</summary>
    private List<IError> Refusal(Opportunity opportunity, OpportunityStageTrigger trigger, int to, string? toName, LossDetails? loss)
    {
        var errors = new List<IError>();
        var from = Process.IndexOf(opportunity.Stage);
        if (opportunity.Stage is null)
        {
            errors.Add(new RequiredFieldMissingError(nameof(Opportunity.Stage)));
        }
        else if (from < 0)
        {
            errors.Add(new UnknownOpportunityStageError(opportunity.Stage, Process.Name));
        }

        if (to < 0 && toName is not null)
        {
            errors.Add(new UnknownOpportunityStageError(toName, Process.Name));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var source = Process.StageAt(from);
        var problems = OpportunityValidation.Problems(opportunity, source);
        if (problems.Count > 0)
        {
            return problems;
        }

        var permitted = Process.PermittedFrom(from, opportunity: null);
        if (to < 0 || !Enum.IsDefined(trigger))
        {
            var why = !Enum.IsDefined(trigger) ? "the trigger is not defined"
                : source.IsClosed && trigger != OpportunityStageTrigger.Reopen ? "a closed opportunity must be reopened first"
                : trigger == OpportunityStageTrigger.Advance ? "there is no later open stage; close the opportunity as won or lost"
                : "the sales process has no open stage to go to";
            errors.Add(new StageTransitionNotPermittedError(source.Name, trigger, null, why, permitted));
            return errors;
        }

        var refusal = Process.RefusalOf(from, trigger, to);
        var target = Process.StageAt(to).Name;
        if (refusal.HasFlag(StageRefusal.NotATransition))
        {
            var problem = Process.ProblemOf(from, trigger, to) ?? "the sales process does not allow it";
            errors.Add(new StageTransitionNotPermittedError(source.Name, trigger, target, problem, permitted));
            return errors;
        }

        if (refusal.HasFlag(StageRefusal.Locked))
        {
            errors.Add(new ClosedOpportunityLockedError(opportunity.Id, source.Name, trigger.ToString()));
        }

        string[] permittedStages = [.. permitted.Where(t => t.Trigger == trigger).Select(t => t.ToStage)];
        if (refusal.HasFlag(StageRefusal.Backward))
        {
            errors.Add(new BackwardStageMoveError(source.Name, trigger, target, permittedStages));
        }

        if (refusal.HasFlag(StageRefusal.Skip))
        {
            var skipped = StageRules.SkippedStages(Process.StageArray, from, to).Select(s => s.Name).ToArray();
            errors.Add(new StageSkipError(source.Name, trigger, target, skipped, permittedStages));
        }

        if (Process.MissingFields(opportunity, to) is { } missing)
        {
            errors.Add(new StageRequiredFieldsMissingError(target, missing));
        }

        var issue = CheckLoss(opportunity, from, to, loss);
        if (issue.HasFlag(LossIssue.NotALostStage))
        {
            OpportunityValidation.LossDetailsOutsideALostStage(errors, NullIfBlank(loss!.Reason), NullIfBlank(loss.Competitor));
        }

        if (issue.HasFlag(LossIssue.TooLong))
        {
            OpportunityValidation.Length(errors, nameof(Opportunity.LossReason), loss!.Reason, OpportunityFieldLimits.LossReason);
            OpportunityValidation.Length(errors, nameof(Opportunity.Competitor), loss.Competitor, OpportunityFieldLimits.LossReason);
        }

        if (issue.HasFlag(LossIssue.ReasonRequired))
        {
            errors.Add(new LossReasonRequiredError(opportunity.Id));
        }

        return errors;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
