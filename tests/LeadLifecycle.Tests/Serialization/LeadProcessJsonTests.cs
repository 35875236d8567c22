using LeadLifecycle.Leads;
using LeadLifecycle.Serialization;

namespace LeadLifecycle.Tests.Serialization;

/// <summary>Lead process JSON: the policy round-trips, and standard transitions are a flag, not an expanded list.</summary>
public sealed class LeadProcessJsonTests
{
    [Fact]
    public void HubSpotPreset_RoundTripsWithItsPolicy()
    {
        var json = LeadLifecycleJson.Serialize(LeadProcess.HubSpotLifecycle);

        var read = LeadLifecycleJson.Deserialize<LeadProcess>(json).Value;

        Assert.Equal(LeadProcess.HubSpotLifecycle.Policy, read.Policy);
        Assert.Equal(LeadProcess.HubSpotLifecycle.Statuses, read.Statuses);
        Assert.Equal(LeadProcess.HubSpotLifecycle.ToMermaidGraph(), read.ToMermaidGraph());
        Assert.False(read.CanFire("marketingqualifiedlead", LeadStatusTrigger.MoveTo, "lead"));
    }

    [Fact]
    public void StandardTransitions_AreWrittenAsAFlag_SoTheDocumentIsLinearInTheStatuses()
    {
        var builder = new LeadProcessBuilder("Wide").AddOpenStatus("S0", isDefault: true);
        for (var i = 1; i < 1_000; i++)
        {
            builder.AddOpenStatus("S" + i);
        }

        var process = builder.AddConvertedStatus("Converted").PermitStandardTransitions().Build();

        var json = LeadLifecycleJson.Serialize(process);

        Assert.True(json.Length < 200_000, $"{json.Length:N0} characters");
        Assert.True(LeadLifecycleJson.Deserialize<LeadProcess>(json).Value.CanFire("S999", LeadStatusTrigger.MoveTo, "S0"));
    }
}
