using System.Text.Json;
using System.Text.Json.Serialization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;

namespace LeadLifecycle.Tests.Serialization;

/// <summary><see cref="LeadLifecycleJson.AddLeadLifecycle"/> gives a host's options (ASP.NET Core's web defaults here)
/// the library's wire format, without changing how the host's own types are written.</summary>
public sealed class HostOptionsJsonTests
{
    private static readonly Lead Lead = new()
    {
        Id = new LeadId("00Q1"),
        LastName = "Lovelace",
        Company = "Engines",
        Status = "Working - Contacted",
        CustomFields = CustomFields.Empty.With("Score__c", "42"),
    };

    [Fact]
    public void WebOptions_WithTheLibrary_WriteTheLibrarysWireFormat()
    {
        var options = WebOptions().AddLeadLifecycle();

        var json = JsonSerializer.Serialize(Lead, options);

        Assert.Equal(LeadLifecycleJson.Serialize(Lead), json);
        Assert.Contains("\"id\":\"00Q1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"customFields\":{\"Score__c\":\"42\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheResolverAlone_WouldWriteIdsAsObjects_WhichIsWhyAddLeadLifecycleExists()
    {
        var options = WebOptions();
        options.TypeInfoResolverChain.Insert(0, LeadLifecycleJson.TypeInfoResolver);

        var json = JsonSerializer.Serialize(Lead, options);

        Assert.Contains("\"id\":{\"value\":\"00Q1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WebOptions_WithTheLibrary_ReadAHostDocumentHoldingLibraryRecords()
    {
        var options = WebOptions().AddLeadLifecycle();
        var opportunity = new OpportunityWorkflow(SalesProcess.SalesforceDefault)
            .Create(new Opportunity { Name = "Deal", Amount = 100m, CloseDate = new DateOnly(2026, 6, 30) }).Value;
        var envelope = new Envelope("req-1", HostColour.Green, Lead, opportunity, LeadStatusTrigger.MarkContacted);

        var json = JsonSerializer.Serialize(envelope, options);
        var read = JsonSerializer.Deserialize<Envelope>(json, options)!;

        Assert.Contains("\"colour\":1", json, StringComparison.Ordinal);          // the host's enum: still a number
        Assert.Contains("\"trigger\":\"MarkContacted\"", json, StringComparison.Ordinal); // the library's: by name
        Assert.Contains("\"history\":[{", json, StringComparison.Ordinal);
        Assert.Equal(envelope.Lead, read.Lead);
        Assert.Equal(envelope.Opportunity, read.Opportunity);
        Assert.Equal(envelope.Trigger, read.Trigger);
    }

    [Fact]
    public void WebOptions_WithTheLibrary_ReadProcessesAndConversions()
    {
        var options = WebOptions().AddLeadLifecycle();
        var conversion = new LeadConverter(LeadProcess.SalesforceClassic)
            .Convert(Lead with { Status = "Working - Contacted" }, new ConversionRequest("Closed - Converted")).Value;

        var process = JsonSerializer.Deserialize<LeadProcess>(JsonSerializer.Serialize(LeadProcess.SalesforceClassic, options), options)!;
        var readConversion = JsonSerializer.Deserialize<LeadConversion>(JsonSerializer.Serialize(conversion, options), options)!;

        Assert.Equal(LeadProcess.SalesforceClassic.Statuses, process.Statuses);
        Assert.Equal(conversion.Lead, readConversion.Lead);
        Assert.Equal(conversion.Opportunity, readConversion.Opportunity);
    }

    [Fact]
    public void WebOptions_WithTheLibrary_FillOmittedCollections_AndRefuseDuplicates()
    {
        var options = WebOptions().AddLeadLifecycle();
        options.AllowDuplicateProperties = false;

        var opportunity = JsonSerializer.Deserialize<Opportunity>("""{"name":"Deal","stage":"Prospecting"}""", options)!;

        Assert.Same(OpportunityHistory.Empty, opportunity.History);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Lead>("""{"lastName":"a","lastName":"b"}""", options));
    }

    [Fact]
    public void OptionsWithoutAResolver_KeepReflectionForTheHostsOwnTypes()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddLeadLifecycle();

        var json = JsonSerializer.Serialize(new { Lead.Id, Note = "yours" }, options);

        Assert.Equal("{\"id\":\"00Q1\",\"note\":\"yours\"}", json);
    }

    [Fact]
    public void AddLeadLifecycle_OnUsedOptions_SaysSo()
    {
        var options = WebOptions();
        JsonSerializer.Serialize(new Envelope("x", HostColour.Red, null, null, LeadStatusTrigger.MoveTo), options);

        Assert.Throws<InvalidOperationException>(() => options.AddLeadLifecycle());
    }

    /// <summary>What ASP.NET Core starts from: web defaults and the reflection resolver.</summary>
    private static JsonSerializerOptions WebOptions() =>
        new(JsonSerializerDefaults.Web) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    public enum HostColour
    {
        Red = 0,
        Green = 1,
    }

    public sealed record Envelope(
        string RequestId,
        HostColour Colour,
        Lead? Lead,
        Opportunity? Opportunity,
        [property: JsonPropertyName("trigger")] LeadStatusTrigger Trigger);
}
