using System.Diagnostics.Metrics;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

public sealed class OpportunityTelemetryTests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly string _process = "Telemetry " + Guid.NewGuid().ToString("N");

    public OpportunityTelemetryTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LeadLifecycleTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var values = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                values[tag.Key] = tag.Value;
            }

            lock (_measurements)
            {
                _measurements.Add((instrument.Name, values));
            }
        });
        _listener.Start();
    }

    [Fact]
    public void StageChange_IsCountedWithProcessTriggerAndStages()
    {
        var workflow = OpportunityTestSupport.Workflow(Process());
        workflow.MoveTo(workflow.Created(), "Proposal").Ok();

        var tags = Assert.Single(Measurements(LeadLifecycleTelemetry.OpportunityStageChanges));
        Assert.Equal("MoveTo", tags[LeadLifecycleTelemetry.TriggerTag]);
        Assert.Equal("Discovery", tags[LeadLifecycleTelemetry.FromTag]);
        Assert.Equal("Proposal", tags[LeadLifecycleTelemetry.ToTag]);
    }

    [Fact]
    public void Refusal_IsCountedWithOperationAndErrorCode()
    {
        var workflow = OpportunityTestSupport.Workflow(Process());
        var opportunity = workflow.Created();
        Assert.True(workflow.CloseAsLost(opportunity).IsFailed);

        lock (_measurements)
        {
            Assert.Contains(_measurements, m => m.Instrument == LeadLifecycleTelemetry.Refusals
                && Equals(m.Tags[LeadLifecycleTelemetry.OperationTag], "opportunity.CloseAsLost")
                && Equals(m.Tags[LeadLifecycleTelemetry.ErrorCodeTag], ErrorCodes.LossReasonRequired));
        }
    }

    [Fact]
    public void Telemetry_WhenDisabled_RecordsNothing()
    {
        var workflow = new OpportunityWorkflow(Process(), new OpportunityWorkflowOptions { EnableTelemetry = false, TimeProvider = OpportunityTestSupport.Clock() });
        workflow.MoveTo(workflow.Created(), "Proposal").Ok();
        Assert.Empty(Measurements(LeadLifecycleTelemetry.OpportunityStageChanges));
    }

    public void Dispose() => _listener.Dispose();

    private SalesProcess Process() => new SalesProcessBuilder(_process)
        .AddOpenStage("Discovery", 10).AddOpenStage("Proposal", 50).AddWonStage("Won").AddLostStage("Lost")
        .WithPolicy(new SalesProcessPolicy { RequireLossReason = true })
        .Build();

    private List<Dictionary<string, object?>> Measurements(string instrument)
    {
        lock (_measurements)
        {
            return [.. _measurements.Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(LeadLifecycleTelemetry.ProcessTag), _process)).Select(m => m.Tags)];
        }
    }
}
