using System.Globalization;
using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <content>Changes of the tracked fields besides the stage: amount, close date and probability.</content>
public sealed partial class OpportunityWorkflow
{
    /// <summary>Changes the amount, appending a history row when it differs.</summary>
    /// <remarks>Refused when the opportunity is closed and the policy locks closed opportunities, or when the amount is
    /// required in the current stage and would be cleared.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="amount">The new amount; null clears it.</param>
    /// <returns>The changed opportunity, or why it was refused.</returns>
    public Result<Opportunity> ChangeAmount(Opportunity opportunity, decimal? amount)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Edit(opportunity, opportunity with { Amount = amount }, nameof(Opportunity.Amount));
    }

    /// <summary>Changes the expected close date, appending a history row when it differs.</summary>
    /// <remarks>Refused when the opportunity is closed and the policy locks closed opportunities, or when the close
    /// date is required in the current stage and would be cleared.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="closeDate">The new close date; null clears it.</param>
    /// <returns>The changed opportunity, or why it was refused.</returns>
    public Result<Opportunity> ChangeCloseDate(Opportunity opportunity, DateOnly? closeDate)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Edit(opportunity, opportunity with { CloseDate = closeDate }, nameof(Opportunity.CloseDate));
    }

    /// <summary>Overrides the probability of an open opportunity, appending a history row when it differs.</summary>
    /// <remarks>The next stage change sets the stage's probability again. A closed opportunity's probability comes from
    /// its stage and is never overridden.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="probability">The probability in percent, 0 to 100.</param>
    /// <returns>The changed opportunity, or why it was refused.</returns>
    public Result<Opportunity> OverrideProbability(Opportunity opportunity, int probability)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var index = Process.IndexOf(opportunity.Stage);
        IError? error = null;
        if (index < 0)
        {
            error = new UnknownOpportunityStageError(opportunity.Stage, Process.Name);
        }
        else if (Process.StageAt(index).IsClosed)
        {
            error = new ProbabilityOverrideNotAllowedError(opportunity.Id, opportunity.Stage);
        }
        else if (probability is < 0 or > 100)
        {
            error = new InvalidFieldValueError(nameof(Opportunity.Probability), probability.ToString(CultureInfo.InvariantCulture), "must be between 0 and 100");
        }

        return error is null
            ? Record(opportunity, opportunity with { Probability = probability })
            : RefuseEdit(nameof(OverrideProbability), [error]);
    }

    private Result<Opportunity> Edit(Opportunity opportunity, Opportunity changed, string field)
    {
        var index = Process.IndexOf(opportunity.Stage);
        if (index < 0)
        {
            return RefuseEdit(field, [new UnknownOpportunityStageError(opportunity.Stage, Process.Name)]);
        }

        var stage = Process.StageAt(index);
        if (stage.IsClosed && Process.Policy.LockClosed)
        {
            return RefuseEdit(field, [new ClosedOpportunityLockedError(opportunity.Id, opportunity.Stage, field)]);
        }

        // Only the requirements this edit breaks: fields the stage needs that were set and are now cleared.
        var cleared = Process.MissingFields(changed, index)?.Where(f => OpportunityStageGuard.IsSet(opportunity, f)).ToArray();
        if (cleared is { Length: > 0 })
        {
            return RefuseEdit(field, [new StageRequiredFieldsMissingError(stage.Name, cleared)]);
        }

        return Record(opportunity, changed);
    }

    private Result<Opportunity> Record(Opportunity opportunity, Opportunity changed)
    {
        if (!OpportunityHistoryEntry.TrackedValuesDiffer(opportunity, changed))
        {
            return Result.Ok(opportunity);
        }

        return Result.Ok(changed with { History = opportunity.History.Append(OpportunityHistoryEntry.Of(changed, _time.GetUtcNow())) });
    }

    private Result<Opportunity> RefuseEdit(string operation, List<IError> errors)
    {
        if (_telemetry)
        {
            Telemetry.Refusal("opportunity." + operation, errors);
        }

        return Result.Fail<Opportunity>(errors);
    }
}
