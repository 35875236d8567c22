using System.Diagnostics.Metrics;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Diagnostics;

/// <summary>Telemetry is process-wide, so these tests filter measurements by a process name of their own.</summary>
public sealed class LeadTelemetryTests
{
    [Fact]
    public void Transitions_AreCountedWithProcessTriggerFromAndTo()
    {
        var process = UniqueProcess();
        var workflow = new LeadWorkflow(process);
        using var recorder = new Recorder(LeadLifecycleTelemetry.LeadTransitions);
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;

        workflow.MarkContacted(lead);

        var tags = Assert.Single(recorder.For(process.Name));
        Assert.Equal("MarkContacted", tags[LeadLifecycleTelemetry.TriggerTag]);
        Assert.Equal("Open", tags[LeadLifecycleTelemetry.FromTag]);
        Assert.Equal("Contacted", tags[LeadLifecycleTelemetry.ToTag]);
    }

    [Fact]
    public void Refusals_AreCountedWithOperationAndErrorCode()
    {
        using var recorder = new Recorder(LeadLifecycleTelemetry.Refusals);
        var workflow = new LeadWorkflow(UniqueProcess());
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value with { Id = new LeadId(Guid.NewGuid().ToString()) };

        workflow.Disqualify(lead, reason: string.Empty);

        Assert.Contains(recorder.All, tags => (string?)tags[LeadLifecycleTelemetry.OperationTag] == "lead.Disqualify"
            && (string?)tags[LeadLifecycleTelemetry.ErrorCodeTag] == "DISQUALIFICATION_REASON_REQUIRED");
    }

    [Fact]
    public void DisabledTelemetry_RecordsNothing()
    {
        var process = UniqueProcess();
        var workflow = new LeadWorkflow(process, new LeadWorkflowOptions { EnableTelemetry = false });
        using var recorder = new Recorder(LeadLifecycleTelemetry.LeadTransitions);

        workflow.MarkContacted(workflow.Create(new Lead { LastName = "L", Company = "C" }).Value);

        Assert.Empty(recorder.For(process.Name));
    }

    private static LeadProcess UniqueProcess() => new LeadProcessBuilder($"Telemetry {Guid.NewGuid():N}")
        .AddOpenStatus("Open", isDefault: true).AddOpenStatus("Contacted").AddConvertedStatus("Qualified").AddDisqualifiedStatus("Unqualified")
        .PermitStandardTransitions().Build();

    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<Dictionary<string, object?>> _measurements = [];

        public Recorder(string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == LeadLifecycleTelemetry.MeterName && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                var copy = new Dictionary<string, object?>();
                foreach (var tag in tags)
                {
                    copy[tag.Key] = tag.Value;
                }

                lock (_measurements)
                {
                    _measurements.Add(copy);
                }
            });
            _listener.Start();
        }

        public List<Dictionary<string, object?>> All
        {
            get
            {
                lock (_measurements)
                {
                    return [.. _measurements];
                }
            }
        }

        public List<Dictionary<string, object?>> For(string process) =>
            [.. All.Where(t => t.TryGetValue(LeadLifecycleTelemetry.ProcessTag, out var p) && (string?)p == process)];

        public void Dispose() => _listener.Dispose();
    }
}
