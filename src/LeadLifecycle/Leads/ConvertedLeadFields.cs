namespace LeadLifecycle.Leads;

/// <summary>The fields lead conversion sets on a lead, as a Convert event carries them.</summary>
/// <param name="ConvertedDate">The date of the conversion (<see cref="Lead.ConvertedDate"/>).</param>
/// <param name="AccountId">The account the lead was converted to (<see cref="Lead.ConvertedAccountId"/>).</param>
/// <param name="ContactId">The contact the lead was converted to (<see cref="Lead.ConvertedContactId"/>).</param>
/// <param name="OpportunityId">The opportunity created or linked, if any (<see cref="Lead.ConvertedOpportunityId"/>).</param>
public sealed record ConvertedLeadFields(DateOnly ConvertedDate, AccountId AccountId, ContactId ContactId, OpportunityId? OpportunityId);
