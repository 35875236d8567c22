using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>A permitted move into a lead status that lacks guards another move into the same status requires
/// (<see cref="ProcessLintCodes.GuardBypass"/>): the last step of <see cref="ProcessLintFinding.Path"/> is the move that
/// bypasses them.</summary>
/// <remarks>Guards are compared by description. Entry guards (<c>LeadProcessBuilder.RequireOnEntry</c>) hold on every
/// move into their status and are never bypassed; conversion counts as a move into a converted status.</remarks>
public sealed record GuardBypassFinding : ProcessLintFinding
{
    internal GuardBypassFinding(string value, IReadOnlyList<ProcessLintStep> path, ProcessLintStep guardedMove, IReadOnlyList<string> missingGuards)
        : base(
            ProcessLintCodes.GuardBypass,
            value,
            DefinitionValueKind.Status,
            $"'{value}' is entered by {path[^1].Trigger} from '{path[^1].From}' without {Quote(missingGuards)}, which {guardedMove.Trigger} from '{guardedMove.From}' requires. To require it on every path into '{value}', use RequireOnEntry(\"{value}\", ...) instead of guards on single transitions.",
            path)
    {
        GuardedMove = guardedMove;
        MissingGuards = missingGuards;
    }

    /// <summary>Gets a move into the same status that has the guards.</summary>
    public ProcessLintStep GuardedMove { get; }

    /// <summary>Gets the descriptions of the guards the bypassing move lacks.</summary>
    public IReadOnlyList<string> MissingGuards { get; }

    private static string Quote(IReadOnlyList<string> guards) => string.Join(", ", guards.Select(g => $"'{g}'"));
}
