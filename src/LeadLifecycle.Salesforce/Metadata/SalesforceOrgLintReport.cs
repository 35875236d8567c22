namespace LeadLifecycle.Salesforce;

/// <summary>What <see cref="SalesforceSourceDefinitions.Lint"/> found in every lead process and sales process of a loaded
/// org folder.</summary>
/// <param name="Processes">One report per process: the "Master" lead process, the lead business processes, the "Master"
/// sales process, then the sales business processes, each list in the order the folder was loaded.</param>
public sealed record SalesforceOrgLintReport(IReadOnlyList<SalesforceProcessLint> Processes)
{
    /// <summary>Gets a value indicating whether no process has a finding.</summary>
    public bool IsClean => Processes.All(p => p.Report.IsClean);

    /// <summary>Gets the reports of the processes with findings.</summary>
    public IEnumerable<SalesforceProcessLint> WithFindings => Processes.Where(p => !p.Report.IsClean);

    /// <summary>Returns one line per process with findings, then its findings.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsClean ? "Every process is clean." : string.Join("\n", WithFindings.Select(p => $"[{p.Kind}] {p.Report}"));
}
