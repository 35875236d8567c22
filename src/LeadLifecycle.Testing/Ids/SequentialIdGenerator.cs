using System.Globalization;

namespace LeadLifecycle.Testing;

/// <summary>Ids numbered in order of creation, one counter for every kind, with Salesforce's key prefixes:
/// <c>00Q000001</c>, <c>001000002</c>, <c>003000003</c>, <c>006000004</c>, ...</summary>
/// <remarks>
/// Deterministic: the same calls in the same order give the same ids, so a test can assert them. One counter serves
/// every kind, so the order of creation shows in the ids (conversion creates the account, the contact, then the
/// opportunity). Thread-safe: concurrent calls get distinct numbers (their order is then the scheduler's). Numbers
/// have at least six digits and grow past 999999.
/// </remarks>
public sealed class SequentialIdGenerator : IIdGenerator
{
    private long _last;

    /// <summary>Initializes a generator whose first id is numbered 1.</summary>
    public SequentialIdGenerator()
        : this(1)
    {
    }

    /// <summary>Initializes a generator whose first id has the given number.</summary>
    /// <param name="firstNumber">The number of the first id; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstNumber"/> is negative.</exception>
    public SequentialIdGenerator(long firstNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstNumber);
        ArgumentOutOfRangeException.ThrowIfEqual(firstNumber, long.MaxValue);
        _last = firstNumber - 1;
    }

    /// <summary>Gets the number the next id will have.</summary>
    public long NextNumber => Interlocked.Read(ref _last) + 1;

    /// <inheritdoc />
    public LeadId NewLeadId() => new("00Q" + Next());

    /// <inheritdoc />
    public AccountId NewAccountId() => new("001" + Next());

    /// <inheritdoc />
    public ContactId NewContactId() => new("003" + Next());

    /// <inheritdoc />
    public OpportunityId NewOpportunityId() => new("006" + Next());

    private string Next() => Interlocked.Increment(ref _last).ToString("D6", CultureInfo.InvariantCulture);
}
