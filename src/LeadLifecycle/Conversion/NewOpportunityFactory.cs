using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>Creates the opportunity of a conversion in the first stage of the sales process.</summary>
/// <remarks>The one place that derives stage fields (probability, forecast category, closed, won) for conversion;
/// when the opportunity feature offers its own "new opportunity in the first stage", this delegates to it.</remarks>
internal static class NewOpportunityFactory
{
    public static Opportunity Create(
        SalesProcess process, OpportunityId id, string name, AccountId accountId, ContactId contactId, DateOnly closeDate, DateTimeOffset at, in OpportunityDraft draft)
    {
        _ = at; // the opportunity's creation time, for its history once opportunities keep one
        var stage = process.DefaultStage;
        return new Opportunity
        {
            Id = id,
            Name = name,
            AccountId = accountId,
            ContactId = contactId,
            OwnerId = draft.OwnerId,
            Amount = draft.Amount,
            CloseDate = closeDate,
            Stage = stage.Name,
            Probability = stage.Probability,
            ForecastCategory = stage.ForecastCategory,
            IsClosed = stage.IsClosed,
            IsWon = stage.IsWon,
            LeadSource = draft.LeadSource,
            CampaignId = draft.CampaignId,
            Description = draft.Description,
            CustomFields = draft.CustomFields,
        };
    }
}
