using LeadLifecycle.Errors;

namespace LeadLifecycle.Linting;

/// <summary>One problem <c>LeadProcess.Lint</c> or <c>SalesProcess.Lint</c> found in a process: what it is about,
/// what to change, and the path that shows it.</summary>
/// <remarks>Match the concrete findings by type or by <see cref="Code"/> (<see cref="ProcessLintCodes"/>).</remarks>
public abstract record ProcessLintFinding
{
    private protected ProcessLintFinding(string code, string? value, DefinitionValueKind valueKind, string message, IReadOnlyList<ProcessLintStep> path)
    {
        Code = code;
        Value = value;
        ValueKind = valueKind;
        Message = message;
        Path = path;
    }

    /// <summary>Gets the stable code, one of <see cref="ProcessLintCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the status or stage concerned; null for a finding about the whole process.</summary>
    public string? Value { get; }

    /// <summary>Gets whether <see cref="Value"/> is a lead status or an opportunity stage.</summary>
    public DefinitionValueKind ValueKind { get; }

    /// <summary>Gets what is wrong and what to change.</summary>
    public string Message { get; }

    /// <summary>Gets the moves, each permitted by the process, from the start (the default status, or the default or
    /// first open stage) that show the finding; empty when no path exists (an unreachable value) or none is needed.</summary>
    public IReadOnlyList<ProcessLintStep> Path { get; }

    /// <summary>Returns the code, the message and the path.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() =>
        Path.Count == 0 ? $"{Code}: {Message}" : $"{Code}: {Message} Path: {string.Join(", ", Path)}";
}
