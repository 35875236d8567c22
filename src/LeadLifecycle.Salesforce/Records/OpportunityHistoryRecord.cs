using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>One row of an OpportunityHistory export: the opportunity it belongs to and the values after the change.</summary>
/// <param name="OpportunityId">The opportunity (<c>OpportunityId</c>).</param>
/// <param name="Entry">The values after the change; <see cref="OpportunityHistoryEntry.ChangedAt"/> is <c>CreatedDate</c>.</param>
public sealed record OpportunityHistoryRecord(OpportunityId OpportunityId, OpportunityHistoryEntry Entry);
