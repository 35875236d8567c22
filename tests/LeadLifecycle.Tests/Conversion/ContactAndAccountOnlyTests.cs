using LeadLifecycle.Conversion;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class ContactAndAccountOnlyTests
{
    [Fact]
    public void Convert_WithDoNotCreateOpportunity_MakesContactAndAccountOnly()
    {
        var result = Converter().Convert(FullLead(), Request() with { DoNotCreateOpportunity = true }).Value;

        Assert.Null(result.Opportunity);
        Assert.False(result.OpportunityCreated);
        Assert.False(result.OpportunityLinked);
        Assert.Null(result.Lead.ConvertedOpportunityId);
        Assert.Null(result.Event.OpportunityId);
        Assert.Equal(result.Account.Id, result.Contact.AccountId);
        Assert.True(result.Lead.IsConverted);
    }

    [Fact]
    public void Convert_WithDoNotCreateOpportunity_CreatesNoOpportunityId()
    {
        var result = Converter().Convert(FullLead(), Request() with { DoNotCreateOpportunity = true }).Value;

        Assert.Equal("001000001", result.Account.Id.Value);
        Assert.Equal("003000002", result.Contact.Id.Value);
    }

    [Fact]
    public void Convert_WithOpportunityName_NamesTheOpportunity()
    {
        var result = Converter().Convert(FullLead(), Request() with { OpportunityName = "Engines - 2026 upgrade" }).Value;

        Assert.Equal("Engines - 2026 upgrade", result.Opportunity!.Name);
    }
}
