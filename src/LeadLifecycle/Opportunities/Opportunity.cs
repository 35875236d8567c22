namespace LeadLifecycle.Opportunities;

/// <summary>A potential sale, moving through the stages of a sales process until it is won or lost.</summary>
/// <remarks>An immutable record; every change returns a new opportunity. Create opportunities and change them through
/// <see cref="OpportunityWorkflow"/>: probability, forecast category, closed and won are set from the stage; probability
/// and forecast category may be overridden, closed and won never; the history records every change of stage, amount,
/// probability and close date. Every verb refuses a record that breaks these rules (e.g. built with <c>with</c>):
/// an amount beyond <see cref="OpportunityFieldLimits.MaxAmount"/>, a probability outside 0 to 100, closed or won
/// flags that differ from the stage's, a missing close date, a null history.</remarks>
public sealed record Opportunity
{
    /// <summary>Gets the opportunity's id.</summary>
    public OpportunityId Id { get; init; }

    /// <summary>Gets the record's version: the optimistic concurrency token, one more after every successful verb.</summary>
    /// <remarks>Salesforce's <c>SystemModstamp</c> plays this role. An opportunity made by <c>OpportunityWorkflow.Create</c> or by a lead conversion is version
    /// 1; every successful stage or field verb, and a conversion that links it, returns it with the version increased
    /// by exactly 1, even a field set to its current value; a refused verb changes nothing. 0 means not yet versioned (a draft, or a record imported or read from JSON without one). The library
    /// never compares versions itself: store the new record only if the stored one still has the version the verb
    /// started from (LeadLifecycle.EntityFrameworkCore does this with a concurrency token).</remarks>
    public long Version { get; init; }

    /// <summary>Gets the name; required, at most 120 characters.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the account the sale is with.</summary>
    public AccountId? AccountId { get; init; }

    /// <summary>Gets the primary contact.</summary>
    public ContactId? ContactId { get; init; }

    /// <summary>Gets the owner.</summary>
    public OwnerId? OwnerId { get; init; }

    /// <summary>Gets the amount; at most <see cref="OpportunityFieldLimits.MaxAmount"/> either side of zero.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Gets the expected close date; required, as in Salesforce (Object Reference: Opportunity, CloseDate).</summary>
    /// <remarks>Nullable only so that a draft or a stored record can lack it: <see cref="OpportunityWorkflow.Create"/>
    /// and every verb refuse an opportunity without one (<c>REQUIRED_FIELD_MISSING</c>), except
    /// <see cref="OpportunityWorkflow.ChangeCloseDate"/>, which sets it.</remarks>
    public DateOnly? CloseDate { get; init; }

    /// <summary>Gets the stage name in the sales process.</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>Gets the probability in percent, from the stage unless overridden.</summary>
    public int Probability { get; init; }

    /// <summary>Gets the forecast category, from the stage unless overridden.</summary>
    public ForecastCategory ForecastCategory { get; init; }

    /// <summary>Gets a value indicating whether the opportunity is closed, from the stage.</summary>
    public bool IsClosed { get; init; }

    /// <summary>Gets a value indicating whether the opportunity is won, from the stage.</summary>
    public bool IsWon { get; init; }

    /// <summary>Gets the expected revenue: amount times probability, a currency value rounded to 2 decimals half away
    /// from zero (333.33 at 10% is 33.33); null without an amount.</summary>
    /// <remarks>Also null, never an exception, for an amount or probability outside the ranges every verb accepts.</remarks>
    public decimal? ExpectedRevenue => OpportunityAmounts.ExpectedRevenue(Amount, Probability);

    /// <summary>Gets where the opportunity came from.</summary>
    public string? LeadSource { get; init; }

    /// <summary>Gets the primary campaign source.</summary>
    public CampaignId? CampaignId { get; init; }

    /// <summary>Gets the partner account (Salesforce <c>Opportunity.PartnerAccountId</c>, partner relationship
    /// management); lead conversion maps the lead's <see cref="Leads.Lead.PartnerAccountId"/> to it.</summary>
    public AccountId? PartnerAccountId { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets why it was lost, when it was.</summary>
    public string? LossReason { get; init; }

    /// <summary>Gets the competitor it was lost to, when known.</summary>
    public string? Competitor { get; init; }

    /// <summary>Gets the custom field values.</summary>
    public CustomFields CustomFields { get; init; } = CustomFields.Empty;

    /// <summary>Gets the history: a row whenever the stage, amount, probability or close date changed, oldest first.</summary>
    /// <remarks>Kept by <see cref="OpportunityWorkflow"/>; time in stage and the stale check are measured from it.</remarks>
    public OpportunityHistory History { get; init; } = OpportunityHistory.Empty;
}
