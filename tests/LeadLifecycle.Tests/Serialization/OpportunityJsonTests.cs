using FsCheck.Xunit;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Tests.Opportunities;

namespace LeadLifecycle.Tests.Serialization;

public sealed class OpportunityJsonTests
{
    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 100)]
    public void AnyOpportunity_WithItsHistory_SurvivesAJsonRoundTrip(OpportunityScenario scenario)
    {
        if (scenario.Corruption != OpportunityCorruption.None)
        {
            return;
        }

        var opportunity = OpportunityProperties.Run(scenario, (_, _, _) => { }) with
        {
            AccountId = new AccountId("001A"),
            CustomFields = CustomFields.Empty.With("Tracking__c", "830150301360"),
        };

        var json = LeadLifecycleJson.Serialize(opportunity);

        Assert.Equal(opportunity, LeadLifecycleJson.Deserialize<Opportunity>(json).Value);
    }

    [Fact]
    public void Opportunity_IsWrittenWithStableCamelCaseNames_AndHistoryAsAnArray()
    {
        var workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault);
        var opportunity = workflow.Created(amount: 100m, closeDate: new DateOnly(2026, 6, 30));

        var json = LeadLifecycleJson.Serialize(opportunity);

        Assert.Contains("\"stage\":\"Prospecting\"", json, StringComparison.Ordinal);
        Assert.Contains("\"forecastCategory\":\"Pipeline\"", json, StringComparison.Ordinal);
        Assert.Contains("\"closeDate\":\"2026-06-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"history\":[{\"changedAt\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_SurviveAJsonRoundTrip_AsTheirBaseType()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        OpportunityEvent[] events =
        [
            new OpportunityStageChanged(new OpportunityId("006A"), "Prospecting", "Qualification", OpportunityStageTrigger.Advance, at),
            new OpportunityWon(new OpportunityId("006A"), "Negotiation/Review", "Closed Won", at, 235000m),
            new OpportunityWon(new OpportunityId("006A"), "Negotiation/Review", "Closed Won", at),
            new OpportunityLost(new OpportunityId("006A"), "Prospecting", "Closed Lost", at, "Price", "Honda"),
            new OpportunityLost(new OpportunityId("006A"), "Prospecting", "Closed Lost", at),
            new OpportunityReopened(new OpportunityId("006A"), "Closed Lost", "Prospecting", at),
            new OpportunityWon(new OpportunityId("006A"), "Closed Lost", "Closed Won", at, 10m, OpportunityStageTrigger.ChangeClosedStage),
            new OpportunityFieldChanged(new OpportunityId("006A"), "Prospecting", "Amount", null, "1500.00", at),
        ];

        foreach (var @event in events)
        {
            var json = LeadLifecycleJson.Serialize(@event);
            Assert.Equal(@event, LeadLifecycleJson.Deserialize<OpportunityEvent>(json).Value);
        }

        Assert.Contains("\"$type\":\"won\"", LeadLifecycleJson.Serialize(events[1]), StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"fieldChanged\"", LeadLifecycleJson.Serialize(events[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_SurvivesAJsonRoundTrip()
    {
        foreach (var stage in SalesProcess.SalesforceDefault.Stages)
        {
            Assert.Equal(stage, LeadLifecycleJson.Deserialize<OpportunityStage>(LeadLifecycleJson.Serialize(stage)).Value);
        }
    }

    [Fact]
    public void DeserializeOpportunity_WhenStageIsNotInTheProcess_FailsWithUnknownOpportunityStage()
    {
        var json = LeadLifecycleJson.Serialize(new Opportunity { Name = "X", Stage = "Qualified To Buy" });

        var error = LeadLifecycleJson.DeserializeOpportunity(json, SalesProcess.SalesforceDefault).SingleError<UnknownOpportunityStageError>(ErrorCodes.UnknownOpportunityStage);
        Assert.Equal("Qualified To Buy", error.Stage);
        Assert.Equal("Qualified To Buy", LeadLifecycleJson.DeserializeOpportunity(json, SalesProcess.HubSpotDefault).Value.Stage);
    }

    [Fact]
    public void DeserializeOpportunity_WithABrokenHistory_FailsWithInvalidJson()
    {
        var result = LeadLifecycleJson.DeserializeOpportunity("{\"name\":\"X\",\"stage\":\"Prospecting\",\"history\":{}}", SalesProcess.SalesforceDefault);
        Assert.Equal([ErrorCodes.InvalidJson], result.Codes());
    }

    [Fact]
    public void SalesProcesses_SurviveAJsonRoundTrip_WithPolicyAndRequiredFields()
    {
        foreach (var process in OpportunityArbitraries.Processes)
        {
            var read = LeadLifecycleJson.Deserialize<SalesProcess>(LeadLifecycleJson.Serialize(process)).Value;

            Assert.Equal(process.Name, read.Name);
            Assert.Equal(process.Stages, read.Stages);
            Assert.Equal(process.Policy, read.Policy);
            Assert.Equal(process.DefaultStage, read.DefaultStage);
            Assert.All(process.Stages, s => Assert.Equal(process.GetRequiredFields(s.Name), read.GetRequiredFields(s.Name)));
            Assert.Equal(process.ToMermaidGraph(), read.ToMermaidGraph());
        }
    }

    [Fact]
    public void SalesProcess_IsWrittenAsStagesPolicyAndRequiredFields()
    {
        var json = LeadLifecycleJson.Serialize(OpportunityArbitraries.Processes[7]);

        Assert.Contains("\"policy\":{\"forwardOnly\":false,\"noSkipping\":false,\"lockClosed\":false,\"requireLossReason\":true,\"lockProbabilityOnClosed\":false}", json, StringComparison.Ordinal);
        Assert.Contains("\"defaultStage\":\"Prospecting\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"stage\":\"Proposal/Price Quote\",\"fields\":[\"Amount\",\"CloseDate\"]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SalesProcess_WhenTheDefinitionIsInvalid_FailsWithInvalidJson()
    {
        const string json = "{\"name\":\"Broken\",\"stages\":[{\"name\":\"Open\",\"probability\":10},{\"name\":\"Open\",\"probability\":20}]}";

        var result = LeadLifecycleJson.Deserialize<SalesProcess>(json);

        Assert.Equal([ErrorCodes.InvalidJson], result.Codes());
        Assert.Contains("'Open'", result.Errors[0].Message, StringComparison.Ordinal);
    }
}
