namespace LeadLifecycle.Opportunities;

/// <summary>A field of an opportunity was changed without a stage transition: amount, close date, probability or
/// forecast category, as Salesforce's field history records it.</summary>
/// <remarks>Values are written as invariant text: amounts as decimals (<c>1500.00</c>), dates as <c>yyyy-MM-dd</c>,
/// probabilities as integers, forecast categories by their <see cref="ForecastCategory"/> name; a cleared value is
/// null. When the new value equals the old one the opportunity is returned with the same values, one version later (every successful verb
/// increases <see cref="Opportunity.Version"/>), and no history row is added.</remarks>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="Stage">The stage the opportunity is in.</param>
/// <param name="Field">The field's name: <c>Amount</c>, <c>CloseDate</c>, <c>Probability</c> or <c>ForecastCategory</c>.</param>
/// <param name="OldValue">The value before, as text.</param>
/// <param name="NewValue">The value after, as text.</param>
/// <param name="OccurredAt">When, from the workflow's <see cref="TimeProvider"/>.</param>
public sealed record OpportunityFieldChanged(
    OpportunityId OpportunityId, string Stage, string Field, string? OldValue, string? NewValue, DateTimeOffset OccurredAt)
    : OpportunityEvent(OpportunityId, OccurredAt);
