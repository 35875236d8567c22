namespace LeadLifecycle.Linting;

/// <summary>The stable codes of every process lint finding; they never change between versions.</summary>
public static class ProcessLintCodes
{
    /// <summary>An active status or stage cannot be reached from the start by any sequence of permitted moves.</summary>
    public const string UnreachableValue = "LINT_UNREACHABLE_VALUE";

    /// <summary>An active converted status (lead process) or won stage (sales process) cannot be reached: no lead is
    /// ever converted into it, no opportunity ever won in it.</summary>
    public const string UnreachableOutcome = "LINT_UNREACHABLE_OUTCOME";

    /// <summary>An open status or stage that can be reached has no way out: from it no closed status or stage can be
    /// reached (for a lead: neither a converted nor a disqualified status).</summary>
    public const string NoWayOut = "LINT_NO_WAY_OUT";

    /// <summary>A move into a status lacks a guard that another move into the same status requires.</summary>
    public const string GuardBypass = "LINT_GUARD_BYPASS";

    /// <summary>A stage where a required-field rule starts cannot be entered (inactive or unreachable), so the rule
    /// never applies there.</summary>
    public const string UnreachableRequiredFields = "LINT_UNREACHABLE_REQUIRED_FIELDS";

    /// <summary>A status with entry guards cannot be entered (inactive or unreachable), so the guards never apply.</summary>
    public const string UnreachableEntryGuards = "LINT_UNREACHABLE_ENTRY_GUARDS";

    /// <summary>A lead process has no active converted status: no lead can ever be converted.</summary>
    public const string NoActiveConvertedStatus = "LINT_NO_ACTIVE_CONVERTED_STATUS";

    /// <summary>A stage's forecast category contradicts its flags: a won stage that does not forecast as Closed, or a
    /// stage that is not won but forecasts as Closed.</summary>
    public const string ForecastCategoryMismatch = "LINT_FORECAST_CATEGORY_MISMATCH";
}
