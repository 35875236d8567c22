using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Serialization;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Testing;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.Tests.Leads;

/// <summary>The qualification signal verbs: one result shape with every other verb, an event, CanX, replay and JSON.</summary>
public sealed class LeadSignalTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));
    private readonly LeadWorkflow _workflow;
    private readonly Lead _lead;

    public LeadSignalTests()
    {
        _workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = _time, IdGenerator = new SequentialIdGenerator() });
        _lead = _workflow.Create(new Lead { LastName = "Lovelace", Company = "Engines" }).Value;
    }

    [Fact]
    public void RecordInterestShown_ReturnsTheLeadAndASignalRecordedEvent()
    {
        _time.Advance(TimeSpan.FromHours(3));

        var (lead, @event) = _workflow.RecordInterestShown(_lead).Value;

        Assert.Equal(_time.GetUtcNow(), lead.InterestShownAt);
        Assert.Equal(new LeadSignalRecorded(_lead.Id, LeadSignal.InterestShown, _time.GetUtcNow(), IsFirst: true), @event);
        Assert.Null(_lead.InterestShownAt);
    }

    [Fact]
    public void RecordMeetingAgreed_Twice_KeepsTheFirstTime_AndSaysItIsNotTheFirst()
    {
        var first = _workflow.RecordMeetingAgreed(_lead).Value.Lead;
        _time.Advance(TimeSpan.FromDays(1));

        var again = _workflow.RecordMeetingAgreed(first).Value;

        Assert.Equal(first.MeetingAgreedAt, again.Lead.MeetingAgreedAt);
        Assert.Equal(new LeadSignalRecorded(_lead.Id, LeadSignal.MeetingAgreed, _time.GetUtcNow(), IsFirst: false), again.Event);
    }

    [Fact]
    public void RecordPricingAgreed_DrivesLikeEveryOtherVerb_ThroughIRecordChange()
    {
        IRecordChange<Lead> change = _workflow.RecordPricingAgreed(_lead).Value;

        Assert.NotNull(change.Record.PricingAgreedAt);
        Assert.Equal(LeadSignal.PricingAgreed, Assert.IsType<LeadSignalRecorded>(change.LifecycleEvent).Signal);
    }

    [Property(Arbitrary = [typeof(LeadArbitraries)], MaxTest = 100)]
    public void CanRecordSignal_AgreesWithTheVerb(Lead draft, bool converted)
    {
        var lead = converted ? draft with { IsConverted = true, Status = "Closed - Converted" } : draft;

        Assert.Equal(_workflow.RecordInterestShown(lead).IsSuccess, _workflow.CanRecordInterestShown(lead));
        Assert.Equal(_workflow.RecordMeetingAgreed(lead).IsSuccess, _workflow.CanRecordMeetingAgreed(lead));
        Assert.Equal(_workflow.RecordPricingAgreed(lead).IsSuccess, _workflow.CanRecordPricingAgreed(lead));
        Assert.Equal(!converted, _workflow.CanRecordPricingAgreed(lead));
    }

    [Fact]
    public void Replay_OfSignalsAndStatusChanges_RebuildsTheSameLead()
    {
        var events = new List<LeadEvent>();
        var lead = _lead;
        foreach (var verb in new Func<Lead, FluentResults.Result<LeadChange>>[]
        {
            _workflow.RecordInterestShown, _workflow.MarkContacted, _workflow.RecordInterestShown, _workflow.RecordMeetingAgreed, _workflow.RecordPricingAgreed,
        })
        {
            _time.Advance(TimeSpan.FromDays(1));
            var change = verb(lead).Value;
            (lead, var @event) = change;
            events.Add(@event);
        }

        Assert.Equal(lead, _workflow.Replay(_lead, events).Value);
        Assert.Equal(_lead.CreatedAt!.Value.AddDays(1), lead.InterestShownAt);
    }

    [Fact]
    public void Replay_OfAnotherLeadsSignal_FailsWithEventForAnotherLead()
    {
        var other = _workflow.Create(new Lead { LastName = "Hopper", Company = "Navy" }).Value;
        var foreign = _workflow.RecordInterestShown(other).Value.Event;

        var error = Assert.IsType<EventForAnotherLeadError>(Assert.Single(_workflow.Replay(_lead, [foreign]).Errors));

        Assert.Equal((0, _lead.Id, other.Id), (error.Index, error.ExpectedLeadId, error.ActualLeadId));
    }

    [Fact]
    public void Replay_OfASignalAfterConversion_FailsAsTheVerbDoes()
    {
        var converted = new LeadConverter(LeadProcess.SalesforceClassic).Convert(_lead, new ConversionRequest("Closed - Converted")).Value.Lead;
        var signal = new LeadSignalRecorded(_lead.Id, LeadSignal.PricingAgreed, _time.GetUtcNow(), IsFirst: true);

        Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, ((LeadLifecycleError)Assert.Single(_workflow.Replay(converted, [signal]).Errors)).Code);
    }

    [Fact]
    public void LeadEvents_SurviveAJsonRoundTrip_AsTheBaseTypeWithTheirTypeName()
    {
        LeadEvent[] events =
        [
            new LeadSignalRecorded(new LeadId("00Q1"), LeadSignal.MeetingAgreed, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), IsFirst: true),
            new LeadStatusChanged(new LeadId("00Q1"), "Open", "Contacted", LeadStatusTrigger.MarkContacted, DateTimeOffset.UnixEpoch),
        ];

        foreach (var @event in events)
        {
            var json = LeadLifecycleJson.Serialize(@event);
            Assert.Contains(@event is LeadSignalRecorded ? "\"$type\":\"signalRecorded\"" : "\"$type\":\"statusChanged\"", json, StringComparison.Ordinal);
            Assert.Equal(@event, LeadLifecycleJson.Deserialize<LeadEvent>(json).Value);
        }

        var signal = (LeadSignalRecorded)events[0];
        Assert.Equal(signal, LeadLifecycleJson.Deserialize<LeadSignalRecorded>(LeadLifecycleJson.Serialize(signal)).Value);
    }
}
