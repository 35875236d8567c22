namespace LeadLifecycle.Linting;

/// <summary>What <c>LeadProcess.Lint</c> or <c>SalesProcess.Lint</c> found in a process.</summary>
/// <remarks>Findings come grouped by kind, each kind in the process's order. A clean report means every active status or
/// stage can be reached from the start and none of the problems of <see cref="ProcessLintCodes"/> was found.</remarks>
/// <param name="ProcessName">The name of the process linted.</param>
/// <param name="Findings">The findings; empty when the process is clean.</param>
public sealed record ProcessLintReport(string ProcessName, IReadOnlyList<ProcessLintFinding> Findings)
{
    /// <summary>Gets a value indicating whether nothing was found.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>Returns the process name and one line per finding.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsClean ? $"{ProcessName}: clean" : $"{ProcessName}: {Findings.Count} finding(s)\n{string.Join("\n", Findings)}";
}
