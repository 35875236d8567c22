using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>A lead status with entry guards (<c>LeadProcessBuilder.RequireOnEntry</c>) that no lead can enter, because it
/// is inactive or cannot be reached from the default status (<see cref="ProcessLintCodes.UnreachableEntryGuards"/>): the
/// guards never apply. The path is empty.</summary>
public sealed record UnreachableEntryGuardsFinding : ProcessLintFinding
{
    internal UnreachableEntryGuardsFinding(string value, IReadOnlyList<string> guards, bool isActive, string start)
        : base(
            ProcessLintCodes.UnreachableEntryGuards,
            value,
            DefinitionValueKind.Status,
            $"Entering '{value}' requires {string.Join(", ", guards.Select(g => $"'{g}'"))}, but '{value}' {(isActive ? $"cannot be reached from '{start}'" : "is inactive")}, so the guards never apply: guard a status leads can enter.",
            [])
    {
        Guards = guards;
        IsStatusActive = isActive;
    }

    /// <summary>Gets the descriptions of the entry guards.</summary>
    public IReadOnlyList<string> Guards { get; }

    /// <summary>Gets a value indicating whether the status is active (then it cannot be reached) or inactive.</summary>
    public bool IsStatusActive { get; }
}
