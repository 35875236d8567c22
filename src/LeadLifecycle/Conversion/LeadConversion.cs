using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>The outcome of a successful conversion: the converted lead and the records it became.</summary>
/// <remarks>The records are produced in Salesforce's order (account, contact, opportunity, then the lead update) and
/// only together: a failed conversion returns none of them. Persist them in that order. For a person account,
/// <see cref="Account"/> is the person account and <see cref="Contact"/> the contact record behind it
/// (<see cref="Account.PersonContactId"/>): Salesforce creates that contact with the account, so persist the account
/// only.</remarks>
public sealed record LeadConversion
{
    /// <summary>Gets the converted lead: converted flag, status, date and the ids of the records below.</summary>
    public required Lead Lead { get; init; }

    /// <summary>Gets the account: created, or the existing one with its empty fields filled.</summary>
    public required Account Account { get; init; }

    /// <summary>Gets the contact: created, or the existing one with its empty fields filled; for a person account,
    /// the contact behind it.</summary>
    public required Contact Contact { get; init; }

    /// <summary>Gets the opportunity: created, the linked existing one, or null when none was wanted.</summary>
    public Opportunity? Opportunity { get; init; }

    /// <summary>Gets the name of the sales process the new opportunity started in (the request's
    /// <see cref="ConversionRequest.SalesProcess"/>, else the converter's <see cref="LeadConverter.SalesProcess"/>);
    /// null when no opportunity was created. Move the opportunity on with an <see cref="OpportunityWorkflow"/> built
    /// with that process.</summary>
    public string? SalesProcessName { get; init; }

    /// <summary>Gets a value indicating whether the account was created; false when the lead was merged into it.</summary>
    public bool AccountCreated { get; init; }

    /// <summary>Gets a value indicating whether the contact was created; false when the lead was merged into it.</summary>
    public bool ContactCreated { get; init; }

    /// <summary>Gets a value indicating whether the opportunity was created; false when linked or none.</summary>
    public bool OpportunityCreated { get; init; }

    /// <summary>Gets a value indicating whether the lead was merged into an existing account.</summary>
    public bool AccountMerged => !AccountCreated;

    /// <summary>Gets a value indicating whether the lead was merged into an existing contact.</summary>
    public bool ContactMerged => !ContactCreated;

    /// <summary>Gets a value indicating whether an existing opportunity was linked.</summary>
    public bool OpportunityLinked => Opportunity is not null && !OpportunityCreated;

    /// <summary>Gets the event that records the conversion.</summary>
    public required LeadConverted Event { get; init; }

    /// <summary>Gets the status event (trigger <see cref="LeadStatusTrigger.Convert"/>), so that
    /// <see cref="LeadWorkflow.Replay"/> of a lead's history ends converted.</summary>
    public required LeadStatusChanged StatusChanged { get; init; }
}
