using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

public sealed class LeadReplayAndDiagramTests
{
    private readonly LeadWorkflow _workflow = new(LeadProcess.SalesforceClassic);

    [Fact]
    public void Replay_OfProducedEvents_RebuildsTheStatus()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var first = _workflow.MarkContacted(initial).Value;
        var second = _workflow.Disqualify(first.Lead, "Budget").Value;
        var third = _workflow.Recycle(second.Lead, "Working - Contacted").Value;

        var replayed = _workflow.Replay(initial, [first.Event, second.Event, third.Event]).Value;

        Assert.Equal(third.Lead, replayed);
    }

    [Fact]
    public void Replay_WithEventFromAnotherStatus_FailsWithEventOutOfSequence()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var wrong = new LeadStatusChanged(initial.Id, "Working - Contacted", "Closed - Not Converted", LeadStatusTrigger.Disqualify, DateTimeOffset.UnixEpoch, "x");

        var error = Assert.IsType<EventOutOfSequenceError>(Assert.Single(_workflow.Replay(initial, [wrong]).Errors));

        Assert.Equal((ErrorCodes.EventOutOfSequence, 0, "Open - Not Contacted"), (error.Code, error.Index, error.ExpectedFrom));
    }

    [Fact]
    public void Replay_OfTransitionTheProcessLacks_FailsWithTransitionNotPermitted()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var forged = new LeadStatusChanged(initial.Id, "Open - Not Contacted", "Working - Contacted", LeadStatusTrigger.Disqualify, DateTimeOffset.UnixEpoch, "x");

        Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(_workflow.Replay(initial, [forged]).Errors));
    }

    [Fact]
    public void Replay_OfRecycleFromAnOpenStatus_FailsSayingRecyclingStartsFromADisqualifiedStatus()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var forged = new LeadStatusChanged(initial.Id, "Open - Not Contacted", "Working - Contacted", LeadStatusTrigger.Recycle, DateTimeOffset.UnixEpoch);

        Assert.IsType<RecycleRequiresDisqualifiedStatusError>(Assert.Single(_workflow.Replay(initial, [forged]).Errors));
    }

    [Fact]
    public void Replay_OfConvertEventWithItsConversionFields_RebuildsTheConvertedLead()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var fields = new ConvertedLeadFields(new DateOnly(2026, 3, 1), new AccountId("001A"), new ContactId("003C"), null);
        var converted = new LeadStatusChanged(initial.Id, "Open - Not Contacted", "Closed - Converted", LeadStatusTrigger.Convert, DateTimeOffset.UnixEpoch) { Conversion = fields };

        var lead = _workflow.Replay(initial, [converted]).Value;

        Assert.Equal(
            initial with { Version = initial.Version + 1, Status = "Closed - Converted", IsConverted = true, ConvertedDate = fields.ConvertedDate, ConvertedAccountId = fields.AccountId, ConvertedContactId = fields.ContactId },
            lead);
    }

    [Fact]
    public void Replay_OfForgedConvertEventWithoutConversionFields_FailsAndNeverConverts()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var forged = new LeadStatusChanged(initial.Id, "Open - Not Contacted", "Closed - Converted", LeadStatusTrigger.Convert, DateTimeOffset.UnixEpoch);
        var forgedWithEmptyIds = forged with { Conversion = new ConvertedLeadFields(new DateOnly(2026, 3, 1), default, default, null) };

        var error = Assert.IsType<ConversionEventIncompleteError>(Assert.Single(_workflow.Replay(initial, [forged]).Errors));
        Assert.Equal((ErrorCodes.ConversionEventIncomplete, 0), (error.Code, error.Index));
        Assert.IsType<ConversionEventIncompleteError>(Assert.Single(_workflow.Replay(initial, [forgedWithEmptyIds]).Errors));
    }

    [Fact]
    public void Replay_OfAnotherLeadsEvent_FailsWithEventForAnotherLead()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var foreign = _workflow.MarkContacted(_workflow.Create(new Lead { LastName = "M", Company = "C" }).Value).Value.Event;

        var error = Assert.IsType<EventForAnotherLeadError>(Assert.Single(_workflow.Replay(initial, [foreign]).Errors));

        Assert.Equal((ErrorCodes.EventForAnotherRecord, 0, initial.Id, foreign.LeadId), (error.Code, error.Index, error.ExpectedLeadId, error.ActualLeadId));
        Assert.Equal(initial.Id.Value, error.Metadata[nameof(error.ExpectedLeadId)]);
    }

    [Fact]
    public void Replay_OfDisqualifyEventWithoutReason_FailsWithDisqualificationReasonRequired()
    {
        var initial = _workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var forged = new LeadStatusChanged(initial.Id, "Open - Not Contacted", "Closed - Not Converted", LeadStatusTrigger.Disqualify, DateTimeOffset.UnixEpoch);

        Assert.IsType<DisqualificationReasonRequiredError>(Assert.Single(_workflow.Replay(initial, [forged]).Errors));
    }

    [Fact]
    public void ToMermaidGraph_ForClassicPreset_MatchesTheGoldenText()
    {
        const string expected = """
            stateDiagram-v2
            	OpenNotContacted : Open - Not Contacted
            	WorkingContacted : Working - Contacted
            	ClosedConverted : Closed - Converted
            	ClosedNotConverted : Closed - Not Converted
            	OpenNotContacted --> WorkingContacted : MarkContacted
            	OpenNotContacted --> WorkingContacted : MoveTo
            	OpenNotContacted --> ClosedNotConverted : Disqualify
            	OpenNotContacted --> ClosedConverted : Convert
            	WorkingContacted --> OpenNotContacted : MoveTo
            	WorkingContacted --> ClosedNotConverted : Disqualify
            	WorkingContacted --> ClosedConverted : Convert
            	ClosedConverted --> ClosedConverted : Convert
            	ClosedNotConverted --> OpenNotContacted : Recycle
            	ClosedNotConverted --> WorkingContacted : Recycle
            	ClosedNotConverted --> ClosedConverted : Convert
            [*] --> OpenNotContacted
            """;

        Assert.Equal(Normalize(expected), LeadProcess.SalesforceClassic.ToMermaidGraph().TrimEnd());
    }

    [Fact]
    public void ToDotGraph_NamesEveryStatusAndGuard()
    {
        var process = new LeadProcessBuilder("Guarded")
            .AddOpenStatus("New", isDefault: true).AddConvertedStatus("Qualified")
            .Permit(LeadStatusTrigger.Convert, "New", "Qualified", new LeadTransitionGuard("lead has an email address", l => l.Email is not null))
            .Build();

        var dot = process.ToDotGraph();

        Assert.StartsWith("digraph", dot, StringComparison.Ordinal);
        Assert.Contains("\"New\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"Qualified\"", dot, StringComparison.Ordinal);
        Assert.Contains("lead has an email address", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", dot, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
