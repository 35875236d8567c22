using System.Globalization;
using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <content>Changes of the fields besides the stage: amount, close date, probability and forecast category.</content>
/// <remarks>Each checks the opportunity as it would be after the change, so a field change can repair an inconsistent
/// record (e.g. set a missing close date). Each can return <see cref="UnknownOpportunityStageError"/>, and
/// <see cref="RequiredFieldMissingError"/>, <see cref="InvalidFieldValueError"/> or <see cref="StringTooLongError"/> for
/// an inconsistent record.</remarks>
public sealed partial class OpportunityWorkflow
{
    /// <summary>Tells whether <see cref="ChangeAmount"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="amount">The new amount; null clears it.</param>
    /// <returns>True exactly when <see cref="ChangeAmount"/> would succeed.</returns>
    public bool CanChangeAmount(Opportunity opportunity, decimal? amount) =>
        EditRefusal(Preconditions.NotNull(opportunity), opportunity with { Amount = amount }, nameof(Opportunity.Amount), isOverride: false) is null;

    /// <summary>Changes the amount, appending a history row when it differs.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="amount">The new amount, within <see cref="OpportunityFieldLimits.MaxAmount"/> either side of zero;
    /// null clears it.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityFieldChanged"/>, or why it was refused:
    /// <see cref="InvalidFieldValueError"/> (out of range), <see cref="ClosedOpportunityLockedError"/>,
    /// <see cref="StageRequiredFieldsMissingError"/> (clearing an amount the stage requires).</returns>
    public Result<OpportunityChange> ChangeAmount(Opportunity opportunity, decimal? amount)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Edit(opportunity, opportunity with { Amount = amount }, nameof(Opportunity.Amount), Format(opportunity.Amount), Format(amount), isOverride: false);
    }

    /// <summary>Tells whether <see cref="ChangeCloseDate"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="closeDate">The new close date.</param>
    /// <returns>True exactly when <see cref="ChangeCloseDate"/> would succeed.</returns>
    public bool CanChangeCloseDate(Opportunity opportunity, DateOnly closeDate) =>
        EditRefusal(Preconditions.NotNull(opportunity), opportunity with { CloseDate = closeDate }, nameof(Opportunity.CloseDate), isOverride: false) is null;

    /// <summary>Changes the expected close date, appending a history row when it differs.</summary>
    /// <remarks>The close date is required (Object Reference: Opportunity, CloseDate), so it can be changed, never cleared.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="closeDate">The new close date.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityFieldChanged"/>, or why it was refused:
    /// <see cref="ClosedOpportunityLockedError"/>.</returns>
    public Result<OpportunityChange> ChangeCloseDate(Opportunity opportunity, DateOnly closeDate)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Edit(opportunity, opportunity with { CloseDate = closeDate }, nameof(Opportunity.CloseDate), Format(opportunity.CloseDate), Format(closeDate), isOverride: false);
    }

    /// <summary>Tells whether <see cref="OverrideProbability"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="probability">The probability in percent.</param>
    /// <returns>True exactly when <see cref="OverrideProbability"/> would succeed.</returns>
    public bool CanOverrideProbability(Opportunity opportunity, int probability) =>
        EditRefusal(Preconditions.NotNull(opportunity), opportunity with { Probability = probability }, nameof(Opportunity.Probability), isOverride: true) is null;

    /// <summary>Overrides the probability, appending a history row when it differs; the next stage transition sets the
    /// stage's probability again.</summary>
    /// <remarks>Allowed on closed opportunities too, as in Salesforce, unless the policy locks them
    /// (<see cref="SalesProcessPolicy.LockProbabilityOnClosed"/> or <see cref="SalesProcessPolicy.LockClosed"/>).</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="probability">The probability in percent, 0 to 100.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityFieldChanged"/>, or why it was refused:
    /// <see cref="InvalidFieldValueError"/> (out of range), <see cref="ProbabilityOverrideNotAllowedError"/>,
    /// <see cref="ClosedOpportunityLockedError"/>.</returns>
    public Result<OpportunityChange> OverrideProbability(Opportunity opportunity, int probability)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Edit(
            opportunity,
            opportunity with { Probability = probability },
            nameof(Opportunity.Probability),
            opportunity.Probability.ToString(CultureInfo.InvariantCulture),
            probability.ToString(CultureInfo.InvariantCulture),
            isOverride: true);
    }

    /// <summary>Tells whether <see cref="OverrideForecastCategory"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="forecastCategory">The forecast category.</param>
    /// <returns>True exactly when <see cref="OverrideForecastCategory"/> would succeed.</returns>
    public bool CanOverrideForecastCategory(Opportunity opportunity, ForecastCategory forecastCategory) =>
        EditRefusal(Preconditions.NotNull(opportunity), opportunity with { ForecastCategory = forecastCategory }, nameof(Opportunity.ForecastCategory), isOverride: true) is null;

    /// <summary>Overrides the forecast category (Salesforce's ForecastCategoryName, which may be overridden per
    /// opportunity); the next stage transition sets the stage's category again.</summary>
    /// <remarks>No history row: Salesforce's OpportunityHistory rows follow stage, amount, probability and close date;
    /// the next row records the category in force. <see cref="ForecastCategory.Closed"/> is for won opportunities only.
    /// Allowed on closed opportunities unless the policy locks them (<see cref="SalesProcessPolicy.LockProbabilityOnClosed"/>
    /// or <see cref="SalesProcessPolicy.LockClosed"/>).</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="forecastCategory">The forecast category.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityFieldChanged"/>, or why it was refused:
    /// <see cref="InvalidFieldValueError"/> (undefined, or Closed for an opportunity not won),
    /// <see cref="ProbabilityOverrideNotAllowedError"/>, <see cref="ClosedOpportunityLockedError"/>.</returns>
    public Result<OpportunityChange> OverrideForecastCategory(Opportunity opportunity, ForecastCategory forecastCategory)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Edit(
            opportunity,
            opportunity with { ForecastCategory = forecastCategory },
            nameof(Opportunity.ForecastCategory),
            opportunity.ForecastCategory.ToString(),
            forecastCategory.ToString(),
            isOverride: true);
    }

    private Result<OpportunityChange> Edit(Opportunity opportunity, Opportunity changed, string field, string? oldValue, string? newValue, bool isOverride)
    {
        if (EditRefusal(opportunity, changed, field, isOverride) is { } errors)
        {
            if (_telemetry)
            {
                Telemetry.Refusal(OperationOf(field), errors);
            }

            return Result.Fail<OpportunityChange>(errors);
        }

        var now = _time.GetUtcNow();
        if (OpportunityHistoryEntry.TrackedValuesDiffer(opportunity, changed))
        {
            changed = changed with { History = opportunity.History.Append(OpportunityHistoryEntry.Of(changed, now)) };
        }
        else if (changed.ForecastCategory == opportunity.ForecastCategory)
        {
            changed = opportunity;
        }

        changed = changed with { Version = RecordVersion.Next(opportunity.Version) };

        return Result.Ok(new OpportunityChange(changed, new OpportunityFieldChanged(opportunity.Id, opportunity.Stage, field, oldValue, newValue, now)));
    }

    /// <summary>Every reason to refuse a field change, judged on the opportunity as it would be after it; null when allowed.</summary>
    private List<IError>? EditRefusal(Opportunity opportunity, Opportunity changed, string field, bool isOverride)
    {
        var index = Process.IndexOf(opportunity.Stage);
        if (index < 0)
        {
            return [opportunity.Stage is null
                ? new RequiredFieldMissingError(nameof(Opportunity.Stage))
                : new UnknownOpportunityStageError(opportunity.Stage, Process.Name)];
        }

        var stage = Process.StageAt(index);
        if (!OpportunityValidation.IsValid(changed, stage))
        {
            return OpportunityValidation.Problems(changed, stage);
        }

        if (stage.IsClosed && Process.Policy.LockClosed)
        {
            return [new ClosedOpportunityLockedError(opportunity.Id, stage.Name, field)];
        }

        if (isOverride && stage.IsClosed && Process.Policy.LockProbabilityOnClosed)
        {
            return [new ProbabilityOverrideNotAllowedError(opportunity.Id, stage.Name, field)];
        }

        if (ForecastProblem(changed.ForecastCategory, stage.IsWon) is { } forecast && changed.ForecastCategory != opportunity.ForecastCategory)
        {
            return [forecast];
        }

        // Only the requirements this change breaks: fields the stage needs that were set and are now cleared.
        var cleared = Process.MissingFields(changed, index)?.Where(f => OpportunityStageGuard.IsSet(opportunity, f)).ToArray();
        return cleared is { Length: > 0 } ? [new StageRequiredFieldsMissingError(stage.Name, cleared)] : null;
    }

    /// <summary>The telemetry operation of a field change: the verb's name.</summary>
    private static string OperationOf(string field) => field switch
    {
        nameof(Opportunity.Amount) => "opportunity.ChangeAmount",
        nameof(Opportunity.CloseDate) => "opportunity.ChangeCloseDate",
        nameof(Opportunity.Probability) => "opportunity.OverrideProbability",
        _ => "opportunity.OverrideForecastCategory",
    };

    private static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
