using LeadLifecycle.Leads;

namespace LeadLifecycle.Serialization;

/// <summary>Writes a lead's campaign memberships as a JSON array.</summary>
internal sealed class CampaignMembershipsJsonConverter : RecordListJsonConverter<CampaignMemberships, CampaignMembership>
{
    protected override string ItemName => "campaign membership";

    protected override CampaignMemberships Create(CampaignMembership[] items) => CampaignMemberships.Create(items);
}
