namespace LeadLifecycle.Testing;

/// <summary>Gives the same id of each kind on every call: for tests that create one record of a kind and assert its
/// id.</summary>
/// <remarks>
/// Two records of the same kind get the same id, which a real store would refuse: use
/// <see cref="SequentialIdGenerator"/> when a test creates several. Immutable and thread-safe. The defaults are
/// 15-character ids with Salesforce's key prefixes (<c>00Q000000000001</c>, <c>001000000000001</c>,
/// <c>003000000000001</c>, <c>006000000000001</c>).
/// </remarks>
public sealed class FixedIdGenerator : IIdGenerator
{
    /// <summary>Gets the id every new lead gets.</summary>
    public LeadId LeadId { get; init; } = new("00Q000000000001");

    /// <summary>Gets the id every new account gets.</summary>
    public AccountId AccountId { get; init; } = new("001000000000001");

    /// <summary>Gets the id every new contact gets.</summary>
    public ContactId ContactId { get; init; } = new("003000000000001");

    /// <summary>Gets the id every new opportunity gets.</summary>
    public OpportunityId OpportunityId { get; init; } = new("006000000000001");

    /// <inheritdoc />
    public LeadId NewLeadId() => LeadId;

    /// <inheritdoc />
    public AccountId NewAccountId() => AccountId;

    /// <inheritdoc />
    public ContactId NewContactId() => ContactId;

    /// <inheritdoc />
    public OpportunityId NewOpportunityId() => OpportunityId;
}
