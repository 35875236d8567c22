using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The README's lead conversion example, compiled. Keep the region identical to the README's code block.</summary>
internal static class ConversionExample
{
    // The parameter shadows System.Console so that the README code, unchanged, writes to the test's writer.
    public static void Run(TextWriter Console)
    {
        #region README
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            FieldMapping = LeadFieldMapping.SalesforceStandard.With("NumberofLocations__c", ConversionTarget.Account, "Locations__c"),
            Readiness = ConversionReadiness.MeetingAgreed,   // default: the seller decides
            FiscalYearStartMonth = 2,                        // close date: the end of the current fiscal quarter
        });

        var lead = new Lead
        {
            Id = new LeadId("00Qbm00000Orxk5EAB"), FirstName = "Bertha", LastName = "Boxer", Company = "Farmers Coop. of Florida",
            LeadSource = "Web", Status = "Working - Contacted", CustomFields = CustomFields.Empty.With("NumberofLocations__c", "130"),
        };

        var refused = converter.Convert(lead, new ConversionRequest("Closed - Converted"));
        Console.WriteLine(refused.HasError<ReadinessSignalMissingError>());   // True: no meeting agreed yet

        var converted = converter.Convert(lead with { MeetingAgreedAt = DateTimeOffset.UtcNow }, new ConversionRequest("Closed - Converted"));
        var (account, contact, opportunity) = (converted.Value.Account, converted.Value.Contact, converted.Value.Opportunity!);
        Console.WriteLine($"{account.Name} ({account.CustomFields["Locations__c"]} locations), {contact.Name}, {opportunity.Stage}");
        // Save the account, the contact, the opportunity, then converted.Value.Lead; publish converted.Value.Event.
        #endregion
    }
}
