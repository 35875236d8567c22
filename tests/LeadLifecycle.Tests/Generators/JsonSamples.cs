using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;

namespace LeadLifecycle.Tests.Generators;

/// <summary>One valid, fully filled document of each record type, written by the library: the starting points of
/// <see cref="JsonArbitraries"/>.</summary>
internal static class JsonSamples
{
    public static IReadOnlyDictionary<JsonRecordKind, string> Documents { get; } = Create();

    private static Dictionary<JsonRecordKind, string> Create()
    {
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        var lead = new Lead
        {
            Id = new LeadId("00Q1"),
            FirstName = "Ada",
            LastName = "Lovelace",
            Company = "Analytical Engines",
            Email = "ada@example.com",
            LeadSource = "Web",
            Status = "Working - Contacted",
            OwnerId = new OwnerId("005A"),
            Address = new Address { Street = "1 Engine Way", City = "London", Country = "UK" },
            NumberOfEmployees = 12,
            AnnualRevenue = 1000m,
            CustomFields = CustomFields.Empty.With("Score__c", "42").With("Tier__c", "Gold"),
            InterestShownAt = at,
        };
        var deals = new OpportunityWorkflow(SalesProcess.SalesforceDefault);
        var opportunity = deals.Create(new Opportunity
        {
            Id = new OpportunityId("006A"),
            Name = "Deal",
            Amount = 100m,
            CloseDate = new DateOnly(2026, 6, 30),
            AccountId = new AccountId("001A"),
            CustomFields = CustomFields.Empty.With("Tracking__c", "1"),
        }).Value;
        opportunity = deals.MoveTo(opportunity, "Qualification").Value.Opportunity;
        var conversion = new LeadConverter(LeadProcess.SalesforceClassic).Convert(lead, new ConversionRequest("Closed - Converted")).Value;
        var sales = new SalesProcessBuilder("Enterprise").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, RequireLossReason = true })
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate)
            .Build();

        return new()
        {
            [JsonRecordKind.Lead] = LeadLifecycleJson.Serialize(lead),
            [JsonRecordKind.Opportunity] = LeadLifecycleJson.Serialize(opportunity),
            [JsonRecordKind.LeadProcess] = LeadLifecycleJson.Serialize(LeadProcess.SalesforceClassic),
            [JsonRecordKind.SalesProcess] = LeadLifecycleJson.Serialize(sales),
            [JsonRecordKind.LeadStatusChanged] = LeadLifecycleJson.Serialize(new LeadStatusChanged(new LeadId("00Q1"), "Open - Not Contacted", "Closed - Not Converted", LeadStatusTrigger.Disqualify, at, "Lost")),
            [JsonRecordKind.OpportunityEvent] = LeadLifecycleJson.Serialize<OpportunityEvent>(new OpportunityLost(new OpportunityId("006A"), "Prospecting", "Closed Lost", at, "Price", "Honda")),
            [JsonRecordKind.LeadConversion] = LeadLifecycleJson.Serialize(conversion),
            [JsonRecordKind.Account] = LeadLifecycleJson.Serialize(conversion.Account),
            [JsonRecordKind.Contact] = LeadLifecycleJson.Serialize(conversion.Contact),
            [JsonRecordKind.OpportunityStage] = LeadLifecycleJson.Serialize(SalesProcess.SalesforceDefault.Stages[3]),
            [JsonRecordKind.LeadStatus] = LeadLifecycleJson.Serialize(LeadProcess.SalesforceClassic.Statuses[2]),
        };
    }
}
