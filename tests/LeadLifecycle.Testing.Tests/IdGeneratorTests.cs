namespace LeadLifecycle.Testing.Tests;

public sealed class IdGeneratorTests
{
    [Fact]
    public void SequentialIdGenerator_NumbersEveryKindWithOneCounter_WithSalesforcePrefixes()
    {
        var ids = new SequentialIdGenerator();
        Assert.Equal(
            ["00Q000001", "001000002", "003000003", "006000004"],
            new[] { ids.NewLeadId().Value, ids.NewAccountId().Value, ids.NewContactId().Value, ids.NewOpportunityId().Value });
        Assert.Equal(5, ids.NextNumber);
    }

    [Fact]
    public void SequentialIdGenerator_StartsAtTheGivenNumber_AndGrowsPastSixDigits()
    {
        var ids = new SequentialIdGenerator(999_999);
        Assert.Equal("00Q999999", ids.NewLeadId().Value);
        Assert.Equal("0011000000", ids.NewAccountId().Value);
    }

    [Fact]
    public void SequentialIdGenerator_RefusesANegativeStart() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SequentialIdGenerator(-1));

    [Fact]
    public void SequentialIdGenerator_GivesDistinctIds_UnderConcurrentCalls()
    {
        var ids = new SequentialIdGenerator();
        var made = new string[8 * 5_000];
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                made[(worker * 5_000) + i] = ids.NewContactId().Value;
            }
        });
        Assert.Equal(made.Length, made.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(made.Length + 1, ids.NextNumber);
    }

    [Fact]
    public void FixedIdGenerator_GivesTheSameIdOfEachKindEveryTime()
    {
        var ids = new FixedIdGenerator { AccountId = new AccountId("001ACME") };
        Assert.Equal(ids.NewAccountId(), ids.NewAccountId());
        Assert.Equal("001ACME", ids.NewAccountId().Value);
        Assert.Equal(("00Q000000000001", "003000000000001", "006000000000001"), (ids.NewLeadId().Value, ids.NewContactId().Value, ids.NewOpportunityId().Value));
    }
}
