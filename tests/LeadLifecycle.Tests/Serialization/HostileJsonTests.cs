using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;

namespace LeadLifecycle.Tests.Serialization;

/// <summary>Issue 10's repros: reading JSON never throws for bad data, and what it returns is usable.</summary>
public sealed class HostileJsonTests
{
    [Fact]
    public void CustomFieldWithAnEmptyName_IsInvalidJson_AtTheCustomFieldsPath()
    {
        var error = SingleInvalidJson(LeadLifecycleJson.Deserialize<Lead>("""{"lastName":"x","customFields":{"":"v"}}"""));

        Assert.StartsWith("$.customFields", error.Path, StringComparison.Ordinal);
        Assert.Contains("name", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomFieldGivenTwice_IsInvalidJson()
    {
        var error = SingleInvalidJson(LeadLifecycleJson.Deserialize<Lead>("""{"lastName":"x","customFields":{"A__c":"1","A__c":"2"}}"""));

        Assert.Contains("twice", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateProperty_IsInvalidJson_NotLastOneWins()
    {
        var result = LeadLifecycleJson.Deserialize<Lead>("""{"lastName":"x","status":"Open - Not Contacted","isConverted":false,"isConverted":true}""");

        SingleInvalidJson(result);
    }

    [Theory]
    [InlineData("""{"name":"","statuses":[{"name":"A","isDefault":true},{"name":"C","isConverted":true,"isClosed":true}],"transitions":[]}""")]
    [InlineData("""{"name":"P","statuses":[{"name":"","isDefault":true},{"name":"C","isConverted":true,"isClosed":true}],"transitions":[]}""")]
    [InlineData("""{"name":"P","statuses":[{"name":"A","isDefault":true},{"name":"C","isConverted":true,"isClosed":true}],"transitions":[{"trigger":99,"from":"A","to":"C"}]}""")]
    [InlineData("""{"name":"P","statuses":[{"name":"A","isDefault":true},{"name":"C","isConverted":true,"isClosed":true}],"transitions":[{"trigger":"Teleport","from":"A","to":"C"}]}""")]
    [InlineData("""{"name":"P","statuses":[{"name":"A","isDefault":true},{"name":"C","isConverted":true,"isClosed":true}],"transitions":[{"trigger":"MoveTo","from":"","to":"A"}]}""")]
    [InlineData("""{"name":"P","statuses":[{"name":"A","isDefault":true},{"name":"C","isConverted":true,"isClosed":true}],"transitions":[],"contactedStatus":""}""")]
    [InlineData("""{"name":"P","statuses":[null],"transitions":[]}""")]
    [InlineData("""{"name":"P","statuses":[{"name":"A","isDefault":true}],"transitions":[],"name":"Q"}""")]
    public void BrokenLeadProcess_IsInvalidJson(string json)
    {
        SingleInvalidJson(LeadLifecycleJson.Deserialize<LeadProcess>(json));
    }

    [Theory]
    [InlineData("""{"name":"","stages":[{"name":"Open","probability":10},{"name":"Won","probability":100,"isClosed":true,"isWon":true}]}""")]
    [InlineData("""{"name":"S","stages":[{"name":"","probability":10},{"name":"Won","probability":100,"isClosed":true,"isWon":true}]}""")]
    [InlineData("""{"name":"S","stages":[{"name":"Open","probability":10},{"name":"Won","probability":100,"isClosed":true,"isWon":true}],"requiredFields":[{"stage":"","fields":["Amount"]}]}""")]
    [InlineData("""{"name":"S","stages":[{"name":"Open","probability":10},{"name":"Won","probability":100,"isClosed":true,"isWon":true}],"requiredFields":[{"stage":"Open","fields":[77]}]}""")]
    [InlineData("""{"name":"S","stages":[null]}""")]
    public void BrokenSalesProcess_IsInvalidJson(string json)
    {
        SingleInvalidJson(LeadLifecycleJson.Deserialize<SalesProcess>(json));
    }

    [Fact]
    public void BrokenStage_IsInvalidJson()
    {
        SingleInvalidJson(LeadLifecycleJson.Deserialize<OpportunityStage>("""{"name":null,"probability":10}"""));
    }

    [Fact]
    public void DeserializeLead_WithoutStatus_IsInvalidJsonAtTheStatus()
    {
        var error = SingleInvalidJson(LeadLifecycleJson.DeserializeLead("""{"lastName":"x"}""", LeadProcess.SalesforceClassic));

        Assert.Equal("$.status", error.Path);
    }

    [Fact]
    public void DeserializeOpportunity_WithOmittedMembers_GivesEmptyCollections_ThatEveryVerbTakes()
    {
        var read = LeadLifecycleJson.DeserializeOpportunity("""{"name":"Deal","stage":"Prospecting","probability":10,"closeDate":"2026-06-30"}""", SalesProcess.SalesforceDefault);

        var opportunity = read.Value;
        Assert.Same(OpportunityHistory.Empty, opportunity.History);
        Assert.Same(CustomFields.Empty, opportunity.CustomFields);
        var deals = new OpportunityWorkflow(SalesProcess.SalesforceDefault);
        Assert.True(deals.MoveTo(opportunity, "Qualification").IsSuccess);
        Assert.True(deals.ChangeAmount(opportunity, 10m).IsSuccess);
        Assert.True(deals.CloseAsLost(opportunity, new LossDetails { Reason = "Price" }).IsSuccess);
        Assert.Equal(opportunity, LeadLifecycleJson.Deserialize<Opportunity>(LeadLifecycleJson.Serialize(opportunity)).Value);
    }

    [Fact]
    public void DeserializeLead_WithOmittedMembers_GivesEmptyTextAndCustomFields_ThatEveryVerbTakes()
    {
        var lead = LeadLifecycleJson.DeserializeLead("""{"status":"Open - Not Contacted"}""", LeadProcess.SalesforceClassic).Value;

        Assert.Equal(string.Empty, lead.LastName);
        Assert.Same(CustomFields.Empty, lead.CustomFields);
        var leads = new LeadWorkflow(LeadProcess.SalesforceClassic);
        Assert.True(leads.MarkContacted(lead).IsSuccess);
        Assert.True(leads.Create(lead).IsFailed); // LastName is required: a typed refusal, not an exception
        Assert.Equal(lead, LeadLifecycleJson.Deserialize<Lead>(LeadLifecycleJson.Serialize(lead)).Value);
    }

    [Fact]
    public void ExplicitNullInANonNullableMember_IsInvalidJson()
    {
        var error = SingleInvalidJson(LeadLifecycleJson.Deserialize<Opportunity>("""{"name":"Deal","stage":"Prospecting","history":null}"""));

        Assert.Contains("history", error.Path, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("""{"lastName":5}""")]
    [InlineData("""{"id":{"value":"00Q1","isEmpty":false}}""")]
    [InlineData("""{"customFields":[]}""")]
    [InlineData("""{"customFields":{"A__c":1}}""")]
    public void MalformedLead_IsInvalidJson(string json)
    {
        SingleInvalidJson(LeadLifecycleJson.Deserialize<Lead>(json));
    }

    [Fact]
    public void EventWithoutItsTypeDiscriminator_IsInvalidJson()
    {
        const string json = """{"lossReason":"Price","opportunityId":"006A","fromStage":"Prospecting","toStage":"Closed Lost","occurredAt":"2026-03-04T05:06:07+00:00"}""";

        var error = SingleInvalidJson(LeadLifecycleJson.Deserialize<OpportunityEvent>(json));

        Assert.Contains("discriminator", error.Detail, StringComparison.Ordinal);
    }

    private static InvalidJsonError SingleInvalidJson<T>(FluentResults.Result<T> result)
    {
        Assert.True(result.IsFailed, "expected a failure, got a value");
        var error = Assert.IsType<InvalidJsonError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
        return error;
    }
}
