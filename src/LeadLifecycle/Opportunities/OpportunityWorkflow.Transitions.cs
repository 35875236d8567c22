using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <content>The one path every stage verb takes: check against the compiled model, then change and record.</content>
public sealed partial class OpportunityWorkflow
{
    /// <summary>The allocation-free check behind every CanX.</summary>
    private bool IsPermitted(Opportunity opportunity, OpportunityStageTrigger trigger, int to, string? lossReason, bool checkLossReason = true)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var guards = Process.Edge(Process.IndexOf(opportunity.Stage), trigger, to);
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

        return !checkLossReason || trigger != OpportunityStageTrigger.CloseAsLost || !Process.Policy.RequireLossReason
            || !string.IsNullOrWhiteSpace(lossReason);
    }

    private Result<OpportunityTransition> Close(Opportunity opportunity, OpportunityStageTrigger trigger, string? stage, string? lossReason, string? competitor)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        if (stage is not null)
        {
            return Transition(opportunity, trigger, Process.IndexOf(stage), stage, lossReason, competitor);
        }

        var only = trigger == OpportunityStageTrigger.CloseAsWon ? _onlyWonStage : _onlyLostStage;
        if (only < 0)
        {
            var candidates = (trigger == OpportunityStageTrigger.CloseAsWon ? Process.WonStages : Process.LostStages)
                .Where(s => s.IsActive).Select(s => s.Name).ToArray();
            return Refuse(trigger, [new ClosingStageRequiredError(trigger, candidates)]);
        }

        return Transition(opportunity, trigger, only, toName: null, lossReason, competitor);
    }

    /// <summary>Where reopening goes by default: the last active open stage in the history, else the default stage.</summary>
    private int ReopenTarget(Opportunity opportunity)
    {
        for (var i = opportunity.History.Count - 1; i >= 0; i--)
        {
            var index = Process.IndexOf(opportunity.History[i].Stage);
            if (index >= 0 && Process.StageAt(index) is { IsOpen: true, IsActive: true })
            {
                return index;
            }
        }

        return 0;
    }

    private Result<OpportunityTransition> Transition(
        Opportunity opportunity, OpportunityStageTrigger trigger, int to, string? toName, string? lossReason, string? competitor)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        if (!IsPermitted(opportunity, trigger, to, lossReason) || LengthErrors(lossReason, competitor) is not null)
        {
            return Refuse(trigger, Refusal(opportunity, trigger, to, toName, lossReason, competitor));
        }

        var from = opportunity.Stage;
        var stage = Process.StageAt(to);
        var now = _time.GetUtcNow();
        var lost = trigger == OpportunityStageTrigger.CloseAsLost;
        var changed = opportunity with
        {
            Stage = stage.Name,
            Probability = stage.Probability,
            ForecastCategory = stage.ForecastCategory,
            IsClosed = stage.IsClosed,
            IsWon = stage.IsWon,
            LossReason = lost ? NullIfEmpty(lossReason) : null,
            Competitor = lost ? NullIfEmpty(competitor) : null,
            History = opportunity.History.Append(
                new OpportunityHistoryEntry(now, stage.Name, stage.Probability, stage.ForecastCategory, opportunity.Amount, opportunity.CloseDate)),
        };
        OpportunityEvent @event = trigger switch
        {
            OpportunityStageTrigger.CloseAsWon => new OpportunityWon(opportunity.Id, from, stage.Name, now, opportunity.Amount),
            OpportunityStageTrigger.CloseAsLost => new OpportunityLost(opportunity.Id, from, stage.Name, now, changed.LossReason, changed.Competitor),
            OpportunityStageTrigger.Reopen => new OpportunityReopened(opportunity.Id, from, stage.Name, now),
            _ => new OpportunityStageChanged(opportunity.Id, from, stage.Name, trigger, now),
        };
        if (_telemetry)
        {
            Telemetry.StageChange(Process.Name, TriggerNames[(int)trigger], from, stage.Name);
        }

        return Result.Ok(new OpportunityTransition(changed, @event));
    }

    private Result<OpportunityTransition> Refuse(OpportunityStageTrigger trigger, List<IError> errors)
    {
        if (_telemetry)
        {
            Telemetry.Refusal(OperationNames[(int)trigger], errors);
        }

        return Result.Fail<OpportunityTransition>(errors);
    }

    /// <summary>Everything that stops a stage change: unknown stages alone; else an impossible change alone; else every
    /// policy rule broken, every required field missing and a missing loss reason, together.</summary>
    private List<IError> Refusal(
        Opportunity opportunity, OpportunityStageTrigger trigger, int to, string? toName, string? lossReason, string? competitor)
    {
        var errors = new List<IError>();
        var from = Process.IndexOf(opportunity.Stage);
        if (from < 0)
        {
            errors.Add(new UnknownOpportunityStageError(opportunity.Stage, Process.Name));
        }

        if (to < 0)
        {
            errors.Add(new UnknownOpportunityStageError(toName ?? string.Empty, Process.Name));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var refusal = Process.RefusalOf(from, trigger, to);
        var target = Process.StageAt(to).Name;
        if (refusal.HasFlag(StageRefusal.NotATransition))
        {
            var problem = StageRules.Problem(Process.StageArray, from, trigger, to) ?? "the sales process does not allow it";
            errors.Add(new StageChangeNotPermittedError(opportunity.Stage, trigger, target, problem));
            return errors;
        }

        if (refusal.HasFlag(StageRefusal.Locked))
        {
            errors.Add(new ClosedOpportunityLockedError(opportunity.Id, opportunity.Stage, trigger.ToString()));
        }

        if (refusal.HasFlag(StageRefusal.Backward))
        {
            errors.Add(new BackwardStageMoveError(opportunity.Stage, trigger, target));
        }

        if (refusal.HasFlag(StageRefusal.Skip))
        {
            var skipped = StageRules.SkippedStages(Process.StageArray, from, to).Select(s => s.Name).ToArray();
            errors.Add(new StageSkipError(opportunity.Stage, trigger, target, skipped));
        }

        if (Process.MissingFields(opportunity, to) is { } missing)
        {
            errors.Add(new StageRequiredFieldsMissingError(target, missing));
        }

        if (trigger == OpportunityStageTrigger.CloseAsLost && Process.Policy.RequireLossReason && string.IsNullOrWhiteSpace(lossReason))
        {
            errors.Add(new LossReasonRequiredError(opportunity.Id));
        }

        if (LengthErrors(lossReason, competitor) is { } tooLong)
        {
            errors.AddRange(tooLong);
        }

        return errors;
    }

    private static List<IError>? LengthErrors(string? lossReason, string? competitor)
    {
        if ((lossReason?.Length ?? 0) <= OpportunityFieldLimits.LossReason && (competitor?.Length ?? 0) <= OpportunityFieldLimits.LossReason)
        {
            return null;
        }

        var errors = new List<IError>();
        Length(errors, nameof(Opportunity.LossReason), lossReason, OpportunityFieldLimits.LossReason);
        Length(errors, nameof(Opportunity.Competitor), competitor, OpportunityFieldLimits.LossReason);
        return errors;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
