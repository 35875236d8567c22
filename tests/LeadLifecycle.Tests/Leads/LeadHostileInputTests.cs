using System.Diagnostics.Metrics;
using FsCheck.Xunit;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Issue 10 for leads: large value sets, undefined triggers and hostile event streams.</summary>
public sealed class LeadHostileInputTests
{
    private static LeadProcess ManyStatuses(int count)
    {
        var builder = new LeadProcessBuilder("Wide").AddOpenStatus("S0", isDefault: true);
        for (var i = 1; i < count - 2; i++)
        {
            builder.AddOpenStatus("S" + i);
        }

        return builder.AddConvertedStatus("Converted").AddDisqualifiedStatus("Disqualified").PermitStandardTransitions().Build();
    }

    [Fact]
    public void FiveThousandStatuses_WithStandardTransitions_BuildInMemoryLinearInTheStatuses()
    {
        // The n * 5 * n table of the quadratic version is 5,000 * 5 * 5,000 references = 1 GB on its own.
        ManyStatuses(100);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var process = ManyStatuses(5_000);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 16_000_000, $"building 5,000 statuses allocated {allocated:N0} bytes");
        Assert.True(process.CanFire("S4997", LeadStatusTrigger.MoveTo, "S1"));
        Assert.True(process.CanFire("Disqualified", LeadStatusTrigger.Recycle, "S2500"));
        Assert.False(process.CanFire("S1", LeadStatusTrigger.MoveTo, "Converted"));
    }

    [Fact]
    public void AThousandStatuses_CheckWithoutAllocating()
    {
        var process = ManyStatuses(1_000);
        var workflow = new LeadWorkflow(process, new LeadWorkflowOptions { EnableTelemetry = false });
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value with { Status = "S700" };
        var warm = workflow.CanMoveTo(lead, "S3") && workflow.CanDisqualify(lead, "Budget") && !workflow.CanRecycle(lead);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var permitted = workflow.CanMoveTo(lead, "S3") && workflow.CanDisqualify(lead, "Budget") && !workflow.CanRecycle(lead);

        Assert.True(permitted && warm);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fire_WithAnUndefinedTrigger_IsATypedRefusal_WithTelemetryOnOrOff(bool telemetry)
    {
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LeadLifecycleTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.Start();
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { EnableTelemetry = telemetry });
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;

        var result = workflow.Fire(lead, (LeadStatusTrigger)99, "Working - Contacted");

        Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(result.Errors));
        Assert.False(workflow.CanFire(lead, (LeadStatusTrigger)99, "Working - Contacted"));
        Assert.False(workflow.Process.CanFire("Open - Not Contacted", (LeadStatusTrigger)99, "Working - Contacted"));
        Assert.Empty(workflow.Process.GetGuardDescriptions("Open - Not Contacted", (LeadStatusTrigger)99, "Working - Contacted"));
    }

    [Fact]
    public void ALeadWithANullStatus_IsRefusedWithATypedError()
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
        var broken = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value with { Status = null! };

        Assert.False(workflow.CanMarkContacted(broken));
        Assert.IsType<UnknownLeadStatusError>(Assert.Single(workflow.MarkContacted(broken).Errors));
    }

    [Property(Arbitrary = [typeof(LeadArbitraries)], MaxTest = 300)]
    public void HostileEventStreams_NeverThrow_AndNeverConvertWithoutTheConversionsRecords(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps, EventAttack[] attacks)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var initial = workflow.Create(draft).Value;
        var lead = initial;
        var events = new List<LeadStatusChanged>();
        foreach (var step in steps.Where(s => !s.SetEmail))
        {
            if (LeadLifecycleProperties.Apply(workflow, lead, step, out _) is { IsSuccess: true } result)
            {
                (lead, var @event) = result.Value;
                events.Add((LeadStatusChanged)@event);
            }
        }

        var attacked = Attack(process, initial.Id, events, attacks);
        var replayed = workflow.Replay(initial, attacked);

        if (replayed.IsSuccess)
        {
            var rebuilt = replayed.Value;
            Assert.NotNull(process.FindStatus(rebuilt.Status));
            Assert.Equal(rebuilt.IsConverted, process.FindStatus(rebuilt.Status)!.IsConverted);
            Assert.True(!rebuilt.IsConverted || (rebuilt.ConvertedAccountId is { IsEmpty: false } && rebuilt.ConvertedContactId is { IsEmpty: false }));
            Assert.All(attacked, e => Assert.Equal(initial.Id, e.LeadId));
            Assert.All(attacked.Where(e => e.Trigger == LeadStatusTrigger.Disqualify), e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        }
        else
        {
            Assert.All(replayed.Errors, e => Assert.IsAssignableFrom<LeadLifecycleError>(e));
        }

        if (attacks.Length == 0)
        {
            Assert.Equal(lead, replayed.Value);
        }
    }

    [Fact]
    public void Replay_OfAValidHistoryWithOneForeignEvent_FailsAtThatEvent()
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
        var initial = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;
        var contacted = workflow.MarkContacted(initial).Value;
        var disqualified = workflow.Disqualify(contacted.Lead, "Budget").Value;

        var result = workflow.Replay(initial, [contacted.Event, disqualified.Event with { LeadId = new LeadId("00Qother") }]);

        Assert.Equal(1, Assert.IsType<EventForAnotherLeadError>(Assert.Single(result.Errors)).Index);
    }

    private static List<LeadStatusChanged> Attack(LeadProcess process, LeadId leadId, List<LeadStatusChanged> events, EventAttack[] attacks)
    {
        var stream = events.ToList();
        var names = process.Statuses.Select(s => s.Name).ToArray();
        foreach (var attack in attacks)
        {
            var at = stream.Count == 0 ? 0 : attack.Position % stream.Count;
            var from = names[attack.From % names.Length];
            var to = names[attack.To % names.Length];
            var trigger = (LeadStatusTrigger)attack.Trigger;
            switch (attack.Kind)
            {
                case EventAttackKind.Swap when stream.Count > 1 && at + 1 < stream.Count:
                    (stream[at], stream[at + 1]) = (stream[at + 1], stream[at]);
                    break;
                case EventAttackKind.Drop when stream.Count > 0:
                    stream.RemoveAt(at);
                    break;
                case EventAttackKind.Foreign when stream.Count > 0:
                    stream[at] = stream[at] with { LeadId = new LeadId("00Qforeign") };
                    break;
                case EventAttackKind.StripReason when stream.Count > 0:
                    stream[at] = stream[at] with { Reason = null };
                    break;
                case EventAttackKind.ForgeConvert:
                    stream.Insert(at, new LeadStatusChanged(leadId, from, to, LeadStatusTrigger.Convert, DateTimeOffset.UnixEpoch));
                    break;
                case EventAttackKind.ForgeConvertWithEmptyIds:
                    stream.Insert(at, new LeadStatusChanged(leadId, from, to, LeadStatusTrigger.Convert, DateTimeOffset.UnixEpoch)
                    {
                        Conversion = new ConvertedLeadFields(new DateOnly(2026, 1, 1), default, default, null),
                    });
                    break;
                default:
                    stream.Insert(at, new LeadStatusChanged(leadId, from, to, trigger, DateTimeOffset.UnixEpoch, attack.Position % 2 == 0 ? "x" : null));
                    break;
            }
        }

        return stream;
    }
}
