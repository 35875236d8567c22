using LeadLifecycle.Linting;

namespace LeadLifecycle.Salesforce;

/// <summary>The lint report of one process of a loaded org folder, with where it came from.</summary>
/// <param name="Kind">What the process is: <see cref="SalesforceDefinitionKind.LeadBusinessProcess"/> or
/// <see cref="SalesforceDefinitionKind.SalesBusinessProcess"/>, or, for the "Master" process read from a whole value set,
/// <see cref="SalesforceDefinitionKind.LeadStatusValueSet"/> or <see cref="SalesforceDefinitionKind.OpportunityStageValueSet"/>.</param>
/// <param name="Name">The process's name ("Master" for a whole value set).</param>
/// <param name="SourceFile">The business process file; null for a "Master" process.</param>
/// <param name="IsActive">Whether the org still offers the process.</param>
/// <param name="Report">What lint found.</param>
public sealed record SalesforceProcessLint(SalesforceDefinitionKind Kind, string Name, string? SourceFile, bool IsActive, ProcessLintReport Report);
