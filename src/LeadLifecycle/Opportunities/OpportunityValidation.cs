using System.Globalization;
using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <summary>The checks of an opportunity record that every verb makes before it acts: the one place that says what a
/// consistent opportunity is.</summary>
/// <remarks>A record built with <c>with</c>, read from storage or deserialized can break what the workflow maintains;
/// a verb refuses it with typed errors naming the field instead of carrying it on (issue 10: nothing a verb returns as a
/// success may crash a later call). <see cref="IsValid"/> allocates nothing and agrees with <see cref="Problems"/>.</remarks>
internal static class OpportunityValidation
{
    /// <summary>Whether an opportunity in a known stage passes every check.</summary>
    public static bool IsValid(Opportunity opportunity, OpportunityStage stage, bool closeDateRequired = true) =>
        opportunity.IsClosed == stage.IsClosed
        && opportunity.IsWon == stage.IsWon
        && (!closeDateRequired || opportunity.CloseDate.HasValue)
        && OpportunityAmounts.IsValidProbability(opportunity.Probability)
        && OpportunityAmounts.IsDefined(opportunity.ForecastCategory)
        && !string.IsNullOrWhiteSpace(opportunity.Name)
        && opportunity.Name.Length <= OpportunityFieldLimits.Name
        && OpportunityAmounts.IsValid(opportunity.Amount)
        && (stage.IsLost || (string.IsNullOrEmpty(opportunity.LossReason) && string.IsNullOrEmpty(opportunity.Competitor)))
        && (opportunity.LeadSource?.Length ?? 0) <= OpportunityFieldLimits.PicklistValue
        && (opportunity.Description?.Length ?? 0) <= OpportunityFieldLimits.Description
        && (opportunity.LossReason?.Length ?? 0) <= OpportunityFieldLimits.LossReason
        && (opportunity.Competitor?.Length ?? 0) <= OpportunityFieldLimits.LossReason
        && opportunity.History is not null
        && opportunity.CustomFields is not null;

    /// <summary>Every problem of an opportunity in a known stage; empty when <see cref="IsValid"/> is true.</summary>
    public static List<IError> Problems(Opportunity opportunity, OpportunityStage stage, bool closeDateRequired = true)
    {
        var errors = new List<IError>();
        Fields(errors, opportunity, closeDateRequired);
        if (opportunity.IsClosed != stage.IsClosed)
        {
            errors.Add(Invalid(nameof(Opportunity.IsClosed), opportunity.IsClosed, $"must match the stage '{stage.Name}' ({Flag(stage.IsClosed)}); closed follows the stage"));
        }

        if (opportunity.IsWon != stage.IsWon)
        {
            errors.Add(Invalid(nameof(Opportunity.IsWon), opportunity.IsWon, $"must match the stage '{stage.Name}' ({Flag(stage.IsWon)}); won follows the stage"));
        }

        if (!stage.IsLost)
        {
            LossDetailsOutsideALostStage(errors, opportunity.LossReason, opportunity.Competitor);
        }

        if (opportunity.History is null)
        {
            errors.Add(new InvalidFieldValueError(nameof(Opportunity.History), null, "must not be null; an opportunity without history has OpportunityHistory.Empty"));
        }

        if (opportunity.CustomFields is null)
        {
            errors.Add(new InvalidFieldValueError(nameof(Opportunity.CustomFields), null, "must not be null; use CustomFields.Empty"));
        }

        return errors;
    }

    /// <summary>The checks of the fields a draft and a stored record share: name, close date, amount, probability,
    /// forecast category, text lengths.</summary>
    public static void Fields(List<IError> errors, Opportunity opportunity, bool closeDateRequired)
    {
        if (string.IsNullOrWhiteSpace(opportunity.Name))
        {
            errors.Add(new RequiredFieldMissingError(nameof(Opportunity.Name)));
        }

        Length(errors, nameof(Opportunity.Name), opportunity.Name, OpportunityFieldLimits.Name);
        if (closeDateRequired && !opportunity.CloseDate.HasValue)
        {
            errors.Add(new RequiredFieldMissingError(nameof(Opportunity.CloseDate)));
        }

        if (Amount(opportunity.Amount) is { } amount)
        {
            errors.Add(amount);
        }

        if (Probability(opportunity.Probability) is { } probability)
        {
            errors.Add(probability);
        }

        if (!OpportunityAmounts.IsDefined(opportunity.ForecastCategory))
        {
            errors.Add(Invalid(nameof(Opportunity.ForecastCategory), (int)opportunity.ForecastCategory, "must be a defined forecast category"));
        }

        Length(errors, nameof(Opportunity.LeadSource), opportunity.LeadSource, OpportunityFieldLimits.PicklistValue);
        Length(errors, nameof(Opportunity.Description), opportunity.Description, OpportunityFieldLimits.Description);
        Length(errors, nameof(Opportunity.LossReason), opportunity.LossReason, OpportunityFieldLimits.LossReason);
        Length(errors, nameof(Opportunity.Competitor), opportunity.Competitor, OpportunityFieldLimits.LossReason);
    }

    public static InvalidFieldValueError? Amount(decimal? amount) =>
        OpportunityAmounts.IsValid(amount)
            ? null
            : Invalid(nameof(Opportunity.Amount), amount, $"must lie between -{OpportunityFieldLimits.MaxAmount:N2} and {OpportunityFieldLimits.MaxAmount:N2} (a Salesforce currency field of 18 digits, 2 of them decimals)");

    public static InvalidFieldValueError? Probability(int probability) =>
        OpportunityAmounts.IsValidProbability(probability) ? null : Invalid(nameof(Opportunity.Probability), probability, "must be between 0 and 100");

    /// <summary>Loss reason and competitor belong to lost opportunities only.</summary>
    public static void LossDetailsOutsideALostStage(List<IError> errors, string? lossReason, string? competitor)
    {
        if (!string.IsNullOrEmpty(lossReason))
        {
            errors.Add(new InvalidFieldValueError(nameof(Opportunity.LossReason), lossReason, "only a lost opportunity has a loss reason"));
        }

        if (!string.IsNullOrEmpty(competitor))
        {
            errors.Add(new InvalidFieldValueError(nameof(Opportunity.Competitor), competitor, "only a lost opportunity has a competitor"));
        }
    }

    public static void Length(List<IError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new StringTooLongError(field, max, value.Length));
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static InvalidFieldValueError Invalid<T>(string field, T value, string rule) =>
        new(field, Convert.ToString(value, CultureInfo.InvariantCulture), rule);
}
