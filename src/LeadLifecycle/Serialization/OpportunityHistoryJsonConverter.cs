using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>Writes an opportunity's history as a JSON array of its rows, oldest first.</summary>
internal sealed class OpportunityHistoryJsonConverter : RecordListJsonConverter<OpportunityHistory, OpportunityHistoryEntry>
{
    protected override string ItemName => "history row";

    protected override OpportunityHistory Create(OpportunityHistoryEntry[] items) => OpportunityHistory.Create(items);
}
