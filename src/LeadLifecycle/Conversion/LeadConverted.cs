namespace LeadLifecycle.Conversion;

/// <summary>A lead was converted: the event every successful conversion returns.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="ConvertedStatus">The converted status the lead is in now.</param>
/// <param name="AccountId">The account the lead became or was merged into.</param>
/// <param name="ContactId">The contact the lead became or was merged into.</param>
/// <param name="OpportunityId">The opportunity created or linked, or null.</param>
/// <param name="AccountCreated">Whether the account was created (false: merged into an existing one).</param>
/// <param name="ContactCreated">Whether the contact was created (false: merged into an existing one).</param>
/// <param name="OpportunityCreated">Whether an opportunity was created (false: linked, or none).</param>
/// <param name="OccurredAt">When, from the converter's <see cref="TimeProvider"/>.</param>
public sealed record LeadConverted(
    LeadId LeadId,
    string ConvertedStatus,
    AccountId AccountId,
    ContactId ContactId,
    OpportunityId? OpportunityId,
    bool AccountCreated,
    bool ContactCreated,
    bool OpportunityCreated,
    DateTimeOffset OccurredAt) : ILifecycleEvent;
