namespace LeadLifecycle.Salesforce.Tests.Support;

/// <summary>Ids that count up, so tests can predict them.</summary>
internal sealed class SequentialIdGenerator : IIdGenerator
{
    private int _next;

    public LeadId NewLeadId() => new($"L{Next()}");

    public AccountId NewAccountId() => new($"A{Next()}");

    public ContactId NewContactId() => new($"C{Next()}");

    public OpportunityId NewOpportunityId() => new($"O{Next()}");

    private int Next() => Interlocked.Increment(ref _next);
}
