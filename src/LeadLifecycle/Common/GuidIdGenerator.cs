namespace LeadLifecycle;

/// <summary>The default id generator: time-ordered version 7 GUIDs in 32 hex digits, prefixed by record kind.</summary>
/// <remarks>Prefixes follow Salesforce's key prefixes (<c>00Q</c> lead, <c>001</c> account, <c>003</c> contact,
/// <c>006</c> opportunity) so that ids are recognisable in logs; they are not Salesforce ids.</remarks>
public sealed class GuidIdGenerator : IIdGenerator
{
    /// <summary>Gets the shared instance.</summary>
    public static GuidIdGenerator Instance { get; } = new();

    /// <inheritdoc />
    public LeadId NewLeadId() => new(Create("00Q"));

    /// <inheritdoc />
    public AccountId NewAccountId() => new(Create("001"));

    /// <inheritdoc />
    public ContactId NewContactId() => new(Create("003"));

    /// <inheritdoc />
    public OpportunityId NewOpportunityId() => new(Create("006"));

    private static string Create(string prefix) =>
        string.Create(35, prefix, static (span, p) =>
        {
            p.AsSpan().CopyTo(span);
            Guid.CreateVersion7().TryFormat(span[3..], out _, "N");
        });
}
