namespace LeadLifecycle.Opportunities;

/// <summary>The opportunity fields a sales process can require from a stage on.</summary>
public enum OpportunityField
{
    /// <summary><see cref="Opportunity.Amount"/>.</summary>
    Amount = 1,

    /// <summary><see cref="Opportunity.CloseDate"/>.</summary>
    CloseDate = 2,

    /// <summary><see cref="Opportunity.AccountId"/>.</summary>
    AccountId = 3,

    /// <summary><see cref="Opportunity.ContactId"/>, the primary contact.</summary>
    ContactId = 4,

    /// <summary><see cref="Opportunity.OwnerId"/>.</summary>
    OwnerId = 5,

    /// <summary><see cref="Opportunity.LeadSource"/>.</summary>
    LeadSource = 6,

    /// <summary><see cref="Opportunity.CampaignId"/>, the primary campaign source.</summary>
    CampaignId = 7,

    /// <summary><see cref="Opportunity.Description"/>.</summary>
    Description = 8,
}
