namespace LeadLifecycle.Opportunities;

/// <summary>A field that must hold a value to enter a stage: a guard of the stage transitions into it (and of the Stateless model drawn for the diagrams).</summary>
internal sealed class OpportunityStageGuard
{
    public OpportunityStageGuard(OpportunityField field, string stage)
    {
        Field = field;
        Description = $"{field} is required in '{stage}'";
    }

    public OpportunityField Field { get; }

    public string Description { get; }

    public bool IsMet(Opportunity opportunity) => IsSet(opportunity, Field);

    public static bool IsSet(Opportunity opportunity, OpportunityField field) => field switch
    {
        OpportunityField.Amount => opportunity.Amount.HasValue,
        OpportunityField.CloseDate => opportunity.CloseDate.HasValue,
        OpportunityField.AccountId => opportunity.AccountId is { IsEmpty: false },
        OpportunityField.ContactId => opportunity.ContactId is { IsEmpty: false },
        OpportunityField.OwnerId => opportunity.OwnerId is { IsEmpty: false },
        OpportunityField.LeadSource => !string.IsNullOrWhiteSpace(opportunity.LeadSource),
        OpportunityField.CampaignId => opportunity.CampaignId is { IsEmpty: false },
        OpportunityField.Description => !string.IsNullOrWhiteSpace(opportunity.Description),
        _ => true,
    };
}
