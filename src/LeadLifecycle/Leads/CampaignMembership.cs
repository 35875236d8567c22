namespace LeadLifecycle.Leads;

/// <summary>A lead's membership of a campaign (Salesforce <c>CampaignMember</c>): which campaign, and when the lead
/// was associated with it.</summary>
/// <remarks>On conversion the most recently associated campaign becomes the new opportunity's primary campaign
/// source (Salesforce Help, "Lead Conversion Field Mapping": Campaign to the opportunity's Primary Campaign Source).</remarks>
/// <param name="CampaignId">The campaign.</param>
/// <param name="AssociatedAt">When the lead was associated with the campaign (the member record's creation time).</param>
public sealed record CampaignMembership(CampaignId CampaignId, DateTimeOffset AssociatedAt);
