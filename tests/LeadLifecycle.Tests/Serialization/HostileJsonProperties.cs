using FluentResults;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Serialization;

/// <summary>Issue 10's guarantees for JSON, over structure-aware hostile documents of every record type: reading never
/// throws, a failure is a typed <c>INVALID_JSON</c> (or the process check's typed error), and a value read is usable:
/// it round-trips and every verb takes it without an exception.</summary>
public sealed class HostileJsonProperties
{
    private static readonly LeadWorkflow Leads = new(LeadProcess.SalesforceClassic);
    private static readonly LeadConverter Converter = new(LeadProcess.SalesforceClassic);
    private static readonly OpportunityWorkflow Deals = new(SalesProcess.SalesforceDefault);

    [Fact]
    public void TheValidDocuments_AreRead()
    {
        foreach (var kind in Enum.GetValues<JsonRecordKind>())
        {
            Assert.True(Read(kind, JsonArbitraries.ValidDocument(kind)), $"{kind}: the valid document is refused");
        }
    }

    [Property(Arbitrary = [typeof(JsonArbitraries)], MaxTest = 1000)]
    public void HostileJson_IsATypedFailure_OrAValueThatRoundTripsAndEveryVerbTakes(HostileJson input)
    {
        Read(input.Kind, input.Render());
    }

    /// <summary>Reads and uses a document; true when it was read, false for a typed refusal. Throws (failing the
    /// property) for anything else.</summary>
    private static bool Read(JsonRecordKind kind, string json) => kind switch
    {
        JsonRecordKind.Lead => ReadAndUse<Lead>(json, UseLead),
        JsonRecordKind.Opportunity => ReadAndUse<Opportunity>(json, UseOpportunity),
        JsonRecordKind.LeadProcess => ReadAndUse<LeadProcess>(json, process =>
        {
            new LeadWorkflow(process).Create(new Lead { LastName = "x", Company = "y" });
            _ = process.ToMermaidGraph();
        }),
        JsonRecordKind.SalesProcess => ReadAndUse<SalesProcess>(json, process =>
        {
            new OpportunityWorkflow(process).Create(new Opportunity { Name = "x" });
            _ = process.ToMermaidGraph();
        }),
        JsonRecordKind.LeadStatusChanged => ReadAndUse<LeadStatusChanged>(json, e => Leads.Replay(new Lead { LastName = "x", Status = "Open - Not Contacted" }, [e])),
        JsonRecordKind.OpportunityEvent => ReadAndUse<OpportunityEvent>(json, _ => { }),
        JsonRecordKind.LeadConversion => ReadAndUse<LeadConversion>(json, c =>
        {
            UseLead(c.Lead);
            if (c.Opportunity is { } opportunity)
            {
                UseOpportunity(opportunity);
            }
        }),
        JsonRecordKind.Account => ReadAndUse<Account>(json, _ => { }),
        JsonRecordKind.Contact => ReadAndUse<Contact>(json, _ => { }),
        JsonRecordKind.OpportunityStage => ReadAndUse<OpportunityStage>(json, stage => new SalesProcessBuilder("S").AddStages([stage]).TryBuild()),
        JsonRecordKind.LeadStatus => ReadAndUse<LeadStatus>(json, status => new LeadProcessBuilder("P").AddStatus(status).TryBuild()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static bool ReadAndUse<T>(string json, Action<T> use)
    {
        var read = LeadLifecycleJson.Deserialize<T>(json);
        if (read.IsFailed)
        {
            AssertTyped(read);
            return false;
        }

        var written = LeadLifecycleJson.Serialize(read.Value);
        var again = LeadLifecycleJson.Deserialize<T>(written);
        Assert.True(again.IsSuccess, $"what was read does not read back: {written}");
        Assert.Equal(written, LeadLifecycleJson.Serialize(again.Value));
        use(read.Value);
        return true;
    }

    private static void UseLead(Lead lead)
    {
        var checkedLead = LeadLifecycleJson.DeserializeLead(LeadLifecycleJson.Serialize(lead), LeadProcess.SalesforceClassic);
        if (checkedLead.IsFailed)
        {
            AssertTyped(checkedLead);
        }

        Leads.Create(lead);
        Leads.MarkContacted(lead);
        Leads.MoveTo(lead, "Working - Contacted");
        Leads.Disqualify(lead, "Lost");
        Leads.Recycle(lead);
        Leads.RecordInterestShown(lead);
        Leads.GetPermittedTransitions(lead);
        Converter.Convert(lead, new ConversionRequest("Closed - Converted"));
    }

    private static void UseOpportunity(Opportunity opportunity)
    {
        var checkedOpportunity = LeadLifecycleJson.DeserializeOpportunity(LeadLifecycleJson.Serialize(opportunity), SalesProcess.SalesforceDefault);
        if (checkedOpportunity.IsFailed)
        {
            AssertTyped(checkedOpportunity);
        }

        Deals.Create(opportunity);
        Deals.MoveTo(opportunity, "Needs Analysis");
        Deals.Advance(opportunity);
        Deals.CloseAsWon(opportunity);
        Deals.Reopen(opportunity);
        Deals.ChangeAmount(opportunity, 5m);
        Deals.ChangeCloseDate(opportunity, new DateOnly(2026, 12, 31));
        Deals.OverrideProbability(opportunity, 50);
        _ = opportunity.History.GetTimeInCurrentStage(DateTimeOffset.UnixEpoch);
        _ = PipelineSummary.Create(SalesProcess.SalesforceDefault, [opportunity]);
    }

    private static void AssertTyped(IResultBase result) =>
        Assert.All(result.Errors, error => Assert.Contains(
            Assert.IsAssignableFrom<LeadLifecycleError>(error).Code,
            new[] { ErrorCodes.InvalidJson, ErrorCodes.UnknownLeadStatus, ErrorCodes.UnknownOpportunityStage }));
}
