using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>An open status or stage that can be reached but from which no closed one can
/// (<see cref="ProcessLintCodes.NoWayOut"/>): a lead there can never be converted or disqualified, an opportunity never
/// won or lost. <see cref="ProcessLintFinding.Path"/> shows how a record gets there.</summary>
public sealed record NoWayOutFinding : ProcessLintFinding
{
    internal NoWayOutFinding(string value, DefinitionValueKind valueKind, IReadOnlyList<ProcessLintStep> path)
        : base(
            ProcessLintCodes.NoWayOut,
            value,
            valueKind,
            valueKind == DefinitionValueKind.Stage
                ? $"Open stage '{value}' can reach no closed stage: an opportunity there can never be won or lost. Let it close (add a won or lost stage it may move to) or relax the policy."
                : $"Open status '{value}' can reach neither a converted nor a disqualified status: a lead there can never be closed. Permit Convert or Disqualify out of it (or a move towards one), or relax the policy.",
            path)
    {
    }
}
