using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>An active converted status of a lead process, or won stage of a sales process, that no sequence of permitted
/// moves reaches from the start (<see cref="ProcessLintCodes.UnreachableOutcome"/>); its
/// <see cref="ProcessLintFinding.Path"/> is empty.</summary>
public sealed record UnreachableOutcomeFinding : ProcessLintFinding
{
    internal UnreachableOutcomeFinding(string value, DefinitionValueKind valueKind, string start)
        : base(
            ProcessLintCodes.UnreachableOutcome,
            value,
            valueKind,
            valueKind == DefinitionValueKind.Stage
                ? $"Won stage '{value}' cannot be reached from '{start}': no opportunity can be won in it. Let a reachable open stage close as won into it (check the policy: forward-only, no skipping, locked closed), or deactivate it."
                : $"Converted status '{value}' cannot be reached from '{start}': no lead can be converted into it. Permit Convert into it from a reachable status (LeadProcessBuilder.Permit or PermitStandardTransitions), or deactivate it.",
            [])
    {
    }
}
