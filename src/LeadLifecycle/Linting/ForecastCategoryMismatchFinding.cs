using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Linting;

/// <summary>A stage whose forecast category contradicts its flags (<see cref="ProcessLintCodes.ForecastCategoryMismatch"/>):
/// Salesforce forecasts won deals, and only them, as Closed, and the workflow refuses a Closed forecast category on an
/// opportunity that is not won. The path is empty.</summary>
public sealed record ForecastCategoryMismatchFinding : ProcessLintFinding
{
    internal ForecastCategoryMismatchFinding(OpportunityStage stage)
        : base(
            ProcessLintCodes.ForecastCategoryMismatch,
            stage.Name,
            DefinitionValueKind.Stage,
            stage.IsWon
                ? $"Won stage '{stage.Name}' forecasts as {stage.ForecastCategory}: a won stage forecasts as Closed. Set its forecast category to Closed."
                : $"Stage '{stage.Name}' is not won but forecasts as Closed: only won stages forecast as Closed. Set another forecast category (Pipeline, BestCase, Commit, or Omitted for a lost stage).",
            [])
    {
        ForecastCategory = stage.ForecastCategory;
    }

    /// <summary>Gets the stage's forecast category.</summary>
    public ForecastCategory ForecastCategory { get; }
}
