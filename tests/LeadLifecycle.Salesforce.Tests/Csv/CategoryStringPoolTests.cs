using System.Globalization;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The import's string pool: repeated picklist-like values share one string; a column of mostly distinct values
/// stops being pooled after its trial; values are the same either way.</summary>
public class CategoryStringPoolTests
{
    [Fact]
    public void ToString_InARepeatingColumn_SharesOneStringPerValue_AfterTheTrial()
    {
        var pool = new CategoryStringPool();
        pool.UseFor([true]);
        var first = pool.ToString("Open - Not Contacted".AsSpan(), 0);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Same(first, pool.ToString("Open - Not Contacted".AsSpan(), 0));
        }
    }

    [Fact]
    public void ToString_InAColumnOfDistinctValues_StopsPooling_AndKeepsEveryValue()
    {
        var pool = new CategoryStringPool();
        pool.UseFor([true]);
        for (var i = 0; i < 5_000; i++)
        {
            var text = "00Q" + i.ToString("D12", CultureInfo.InvariantCulture);
            Assert.Equal(text, pool.ToString(text.AsSpan(), 0));
        }

        // Past the trial the column is no longer pooled: an equal value is a new string.
        var again = "00Q000000000001";
        Assert.NotSame(pool.ToString(again.AsSpan(), 0), pool.ToString(again.AsSpan(), 0));
        Assert.Equal(again, pool.ToString(again.AsSpan(), 0));
    }

    [Fact]
    public void ReadCsvRecords_AUniqueColumnBesideARepeatingOne_ReadsEveryValue_AndSharesTheRepeatingOnes()
    {
        var csv = new System.Text.StringBuilder("Id,LastName,Company,Status\n");
        for (var i = 0; i < 6_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"00Q{i:D12},Name{i},Acme,Working - Contacted\n");
        }

        using var text = new StringReader(csv.ToString());
        var leads = new LeadRecordReader().ReadCsv(text, "leads.csv").Imported.ToArray();

        Assert.Equal(6_000, leads.Length);
        Assert.All(leads.Select((lead, i) => (lead, i)), p => Assert.Equal(("00Q" + p.i.ToString("D12", CultureInfo.InvariantCulture), "Name" + p.i), (p.lead.Id.Value, p.lead.LastName)));
        Assert.All(leads, lead => Assert.Same(leads[0].Status, lead.Status));
    }
}
