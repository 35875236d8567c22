using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>One record of an export: the lead read from it, or why it could not be read.</summary>
/// <param name="Row">The 1-based record number, the header not counted.</param>
/// <param name="Line">The 1-based line the record starts on; 0 when unknown.</param>
/// <param name="Lead">The lead; null when the record has errors.</param>
/// <param name="Errors">Every problem of the record (each names the row and column); empty when it was read.</param>
public sealed record ImportedLead(int Row, int Line, Lead? Lead, IReadOnlyList<LeadLifecycleError> Errors)
{
    /// <summary>Gets a value indicating whether the record became a lead.</summary>
    public bool IsSuccess => Lead is not null;
}
