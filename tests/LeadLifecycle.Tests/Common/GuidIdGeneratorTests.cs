namespace LeadLifecycle.Tests.Common;

public sealed class GuidIdGeneratorTests
{
    [Fact]
    public void Ids_CarryTheRecordKindPrefixAndAVersion7Guid()
    {
        var generator = GuidIdGenerator.Instance;

        foreach (var (id, prefix) in new[] { (generator.NewLeadId().Value, "00Q"), (generator.NewAccountId().Value, "001"), (generator.NewContactId().Value, "003"), (generator.NewOpportunityId().Value, "006") })
        {
            Assert.Equal(35, id.Length);
            Assert.StartsWith(prefix, id, StringComparison.Ordinal);
            var guid = Guid.ParseExact(id[3..], "N");
            Assert.Equal(7, guid.Version);
            Assert.Equal(0b10, guid.Variant >> 2);
        }
    }

    [Fact]
    public void Ids_AreUniqueAcrossThreads()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                ids.Add(GuidIdGenerator.Instance.NewLeadId().Value);
            }
        });

        Assert.Equal(40_000, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ids_AreTimeOrderedAcrossMilliseconds()
    {
        var first = GuidIdGenerator.Instance.NewContactId().Value;
        Thread.Sleep(5);
        var second = GuidIdGenerator.Instance.NewContactId().Value;

        Assert.True(string.CompareOrdinal(first, second) < 0);
    }
}
