using LeadLifecycle.Conversion;
using LeadLifecycle.Serialization;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class ConversionJsonTests
{
    [Fact]
    public void ConversionRecords_SurviveAJsonRoundTrip()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.With("NumberofLocations__c", ConversionTarget.Account, "Locations__c");
        var conversion = Converter(new LeadConverterOptions { FieldMapping = mapping }).Convert(FullLead(), Request()).Value;

        Assert.Equal(conversion.Account, LeadLifecycleJson.Deserialize<Account>(LeadLifecycleJson.Serialize(conversion.Account)).Value);
        Assert.Equal(conversion.Contact, LeadLifecycleJson.Deserialize<Contact>(LeadLifecycleJson.Serialize(conversion.Contact)).Value);
        Assert.Equal(conversion.Event, LeadLifecycleJson.Deserialize<LeadConverted>(LeadLifecycleJson.Serialize(conversion.Event)).Value);
        Assert.Equal(conversion, LeadLifecycleJson.Deserialize<LeadConversion>(LeadLifecycleJson.Serialize(conversion)).Value);
    }
}
