using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>Creates the opportunity of a conversion in the first stage of the sales process.</summary>
/// <remarks>The one place conversion starts an opportunity: the stage-derived fields (probability, forecast
/// category, closed, won) and the first history row come from <see cref="SalesProcess"/>'s own start, as for
/// opportunities made by <see cref="OpportunityWorkflow.Create"/>.</remarks>
internal static class NewOpportunityFactory
{
    public static Opportunity Create(
        SalesProcess process, OpportunityId id, string name, AccountId accountId, ContactId contactId, DateOnly closeDate, DateTimeOffset at, in OpportunityDraft draft) =>
        process.Start(
            new Opportunity
            {
                Name = name,
                AccountId = accountId,
                ContactId = contactId,
                OwnerId = draft.OwnerId,
                Amount = draft.Amount,
                CloseDate = closeDate,
                LeadSource = draft.LeadSource,
                CampaignId = draft.CampaignId,
                Description = draft.Description,
                CustomFields = draft.CustomFields,
            },
            id,
            at);
}
