using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>A lead process whose converted statuses are all inactive (<see cref="ProcessLintCodes.NoActiveConvertedStatus"/>):
/// conversion never enters an inactive status, so no lead can be converted. <see cref="ProcessLintFinding.Value"/> is
/// null and the path empty.</summary>
public sealed record NoActiveConvertedStatusFinding : ProcessLintFinding
{
    internal NoActiveConvertedStatusFinding(string processName)
        : base(
            ProcessLintCodes.NoActiveConvertedStatus,
            null,
            DefinitionValueKind.Status,
            $"Lead process '{processName}' has no active converted status, so no lead can be converted: activate one or add one.",
            [])
    {
    }
}
