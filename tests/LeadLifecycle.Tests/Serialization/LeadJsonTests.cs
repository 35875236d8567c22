using FsCheck.Xunit;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Serialization;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Serialization;

public sealed class LeadJsonTests
{
    [Fact]
    public void Lead_IsWrittenWithStableCamelCaseNames()
    {
        var lead = new Lead
        {
            Id = new LeadId("00Q1"),
            LastName = "Lovelace",
            Company = "Engines",
            OwnerId = new OwnerId("005A"),
            Status = "Working - Contacted",
            Address = new Address { City = "London" },
            CustomFields = CustomFields.Empty.With("Score__c", "42"),
            ConvertedDate = new DateOnly(2026, 11, 27),
        };

        var json = LeadLifecycleJson.Serialize(lead);

        Assert.Contains("\"id\":\"00Q1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lastName\":\"Lovelace\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ownerId\":\"005A\"", json, StringComparison.Ordinal);
        Assert.Contains("\"address\":{\"street\":null,\"city\":\"London\",", json, StringComparison.Ordinal);
        Assert.Contains("\"customFields\":{\"Score__c\":\"42\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"convertedDate\":\"2026-11-27\"", json, StringComparison.Ordinal);
        Assert.Contains("\"email\":null", json, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(LeadArbitraries)], MaxTest = 200)]
    public void AnyLead_SurvivesAJsonRoundTrip(Lead lead)
    {
        var created = new LeadWorkflow(LeadProcess.SalesforceClassic).Create(lead).Value with { InterestShownAt = DateTimeOffset.UnixEpoch.AddHours(5) };

        Assert.Equal(created, LeadLifecycleJson.Deserialize<Lead>(LeadLifecycleJson.Serialize(created)).Value);
    }

    [Fact]
    public void LeadStatusChanged_SurvivesAJsonRoundTrip_WithTheTriggerByName()
    {
        var @event = new LeadStatusChanged(new LeadId("00Q1"), "Open", "Unqualified", LeadStatusTrigger.Disqualify, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), "Budget");

        var json = LeadLifecycleJson.Serialize(@event);

        Assert.Contains("\"trigger\":\"Disqualify\"", json, StringComparison.Ordinal);
        Assert.Equal(@event, LeadLifecycleJson.Deserialize<LeadStatusChanged>(json).Value);
    }

    [Fact]
    public void LeadStatusChanged_WithoutReason_SurvivesAJsonRoundTrip()
    {
        var @event = new LeadStatusChanged(new LeadId("00Q1"), "Open", "Contacted", LeadStatusTrigger.MarkContacted, DateTimeOffset.UnixEpoch);

        Assert.Equal(@event, LeadLifecycleJson.Deserialize<LeadStatusChanged>(LeadLifecycleJson.Serialize(@event)).Value);
    }

    [Fact]
    public void LeadProcess_RoundTripsToAnEquivalentProcess()
    {
        var json = LeadLifecycleJson.Serialize(LeadProcess.SalesforceClassic);

        var read = LeadLifecycleJson.Deserialize<LeadProcess>(json).Value;

        Assert.Equal(LeadProcess.SalesforceClassic.Statuses, read.Statuses);
        Assert.Equal(LeadProcess.SalesforceClassic.ToMermaidGraph(), read.ToMermaidGraph());
        Assert.Equal(json, LeadLifecycleJson.Serialize(read));
    }

    [Property(Arbitrary = [typeof(LeadArbitraries)], MaxTest = 100)]
    public void AnyGuardlessProcess_RoundTrips(LeadProcessSpec spec)
    {
        var process = (spec with { EmailGuardOnConvert = false, EntryGuardOn = -1 }).Build();

        var read = LeadLifecycleJson.Deserialize<LeadProcess>(LeadLifecycleJson.Serialize(process)).Value;

        Assert.Equal(process.Statuses, read.Statuses);
        Assert.Equal(process.ToDotGraph(), read.ToDotGraph());
    }

    [Fact]
    public void LeadProcess_WithGuards_CannotBeWritten()
    {
        var process = new LeadProcessBuilder("G").AddOpenStatus("A", isDefault: true).AddConvertedStatus("C")
            .Permit(LeadStatusTrigger.Convert, "A", "C", new LeadTransitionGuard("never", _ => false)).Build();

        Assert.Throws<NotSupportedException>(() => LeadLifecycleJson.Serialize(process));
    }

    [Fact]
    public void InvalidProcessJson_FailsWithInvalidJson()
    {
        const string json = """{"name":"P","statuses":[{"name":"A"}],"transitions":[]}""";

        var error = Assert.IsType<InvalidJsonError>(Assert.Single(LeadLifecycleJson.Deserialize<LeadProcess>(json).Errors));

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Contains("default", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeLead_WithStatusOutsideTheProcess_FailsWithUnknownLeadStatus()
    {
        const string json = """{"lastName":"Doe","company":"Acme","status":"Nurturing"}""";

        var error = Assert.IsType<UnknownLeadStatusError>(Assert.Single(LeadLifecycleJson.DeserializeLead(json, LeadProcess.SalesforceClassic).Errors));

        Assert.Equal(("Nurturing", "Salesforce Classic"), (error.Status, error.Process));
    }

    [Fact]
    public void DeserializeLead_WithStatusInTheProcess_Succeeds()
    {
        const string json = """{"lastName":"Doe","company":"Acme","status":"Working - Contacted"}""";

        Assert.Equal("Working - Contacted", LeadLifecycleJson.DeserializeLead(json, LeadProcess.SalesforceClassic).Value.Status);
    }

    [Theory]
    [InlineData("""{"lastName":"Doe","annualRevenue":"lots"}""", "$.annualRevenue")]
    [InlineData("""{"lastName":"Doe","doNotCall":"yes"}""", "$.doNotCall")]
    [InlineData("""{"lastName":null}""", "$.lastName")]
    [InlineData("""{"lastName":"Doe","id":42}""", "$.id")]
    [InlineData("""{"lastName":"Doe","customFields":{"Score__c":42}}""", "$.customFields")]
    public void Deserialize_WithWrongTypes_FailsWithInvalidJsonNamingTheProperty(string json, string path)
    {
        var error = Assert.IsType<InvalidJsonError>(Assert.Single(LeadLifecycleJson.Deserialize<Lead>(json).Errors));

        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public void Deserialize_Malformed_FailsWithInvalidJson(string json)
    {
        Assert.IsType<InvalidJsonError>(Assert.Single(LeadLifecycleJson.Deserialize<Lead>(json).Errors));
    }
}
