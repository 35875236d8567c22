using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>An active status or stage that no sequence of permitted moves reaches from the start
/// (<see cref="ProcessLintCodes.UnreachableValue"/>); its <see cref="ProcessLintFinding.Path"/> is empty.</summary>
public sealed record UnreachableValueFinding : ProcessLintFinding
{
    internal UnreachableValueFinding(string value, DefinitionValueKind valueKind, string start)
        : base(
            ProcessLintCodes.UnreachableValue,
            value,
            valueKind,
            $"'{value}' cannot be reached from '{start}' by any sequence of permitted moves: permit a move into it from a reachable {Noun(valueKind)}, relax the policy, or deactivate it.",
            [])
    {
    }

    internal static string Noun(DefinitionValueKind kind) => kind == DefinitionValueKind.Stage ? "stage" : "status";
}
