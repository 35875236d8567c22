using System.Globalization;

namespace LeadLifecycle.Tests.Support;

/// <summary>Ids numbered in order of creation with Salesforce's key prefixes (00Q000001, 001000002, ...); thread-safe.</summary>
public sealed class SequentialIdGenerator : IIdGenerator
{
    private int _next;

    public LeadId NewLeadId() => new("00Q" + Next());

    public AccountId NewAccountId() => new("001" + Next());

    public ContactId NewContactId() => new("003" + Next());

    public OpportunityId NewOpportunityId() => new("006" + Next());

    private string Next() => Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture);
}
