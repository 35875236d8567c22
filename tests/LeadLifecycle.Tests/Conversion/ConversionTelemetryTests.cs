using System.Diagnostics;
using System.Diagnostics.Metrics;
using LeadLifecycle.Conversion;
using LeadLifecycle.Diagnostics;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

[CollectionDefinition(nameof(ConversionTelemetryTests), DisableParallelization = true)]
public sealed class ConversionTelemetryCollection;

[Collection(nameof(ConversionTelemetryTests))]
public sealed class ConversionTelemetryTests
{
    [Fact]
    public void Convert_CountsConversionsAndRefusals()
    {
        var measurements = new List<(string Instrument, string? Outcome, string? Operation, string? Code)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LeadLifecycleTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var copied = tags.ToArray();
            string? Tag(string name) => copied.FirstOrDefault(t => t.Key == name).Value?.ToString();

            lock (measurements)
            {
                measurements.Add((instrument.Name, Tag(LeadLifecycleTelemetry.OutcomeTag), Tag(LeadLifecycleTelemetry.OperationTag), Tag(LeadLifecycleTelemetry.ErrorCodeTag)));
            }
        });
        listener.Start();

        var converter = Converter();
        converter.Convert(FullLead() with { Id = new LeadId("00QTELEMETRY001") }, Request());
        converter.Convert(FullLead() with { Id = new LeadId("00QTELEMETRY002") }, Request() with { OverwriteLeadSource = true });

        lock (measurements)
        {
            Assert.Contains((LeadLifecycleTelemetry.Conversions, "success", null, null), measurements);
            Assert.Contains((LeadLifecycleTelemetry.Conversions, "failure", null, null), measurements);
            Assert.Contains((LeadLifecycleTelemetry.Refusals, null, "lead.Convert", Errors.ErrorCodes.OverwriteLeadSourceRequiresContact), measurements);
        }
    }

    [Fact]
    public void Convert_TracesEachConversionWithAnActivity()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadLifecycleTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) { activities.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);

        Converter().Convert(FullLead() with { Id = new LeadId("00QTRACED000001") }, Request());
        Converter().Convert(FullLead() with { Id = new LeadId("00QTRACED000002") }, Request() with { OverwriteLeadSource = true });

        lock (activities)
        {
            var ok = Assert.Single(activities, a => Equals(a.GetTagItem("leadlifecycle.lead_id"), "00QTRACED000001"));
            Assert.Equal(LeadLifecycleTelemetry.ConvertActivity, ok.OperationName);
            Assert.Equal("success", ok.GetTagItem(LeadLifecycleTelemetry.OutcomeTag));
            var failed = Assert.Single(activities, a => Equals(a.GetTagItem("leadlifecycle.lead_id"), "00QTRACED000002"));
            Assert.Equal(ActivityStatusCode.Error, failed.Status);
            Assert.Equal(Errors.ErrorCodes.OverwriteLeadSourceRequiresContact, failed.GetTagItem(LeadLifecycleTelemetry.ErrorCodeTag));
        }
    }

    [Fact]
    public void Convert_WithTelemetrySwitchedOff_RecordsNothing()
    {
        var activities = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadLifecycleTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = a =>
            {
                if (Equals(a.OperationName, LeadLifecycleTelemetry.ConvertActivity))
                {
                    Interlocked.Increment(ref activities);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var result = Converter(new LeadConverterOptions { EnableTelemetry = false }).Convert(FullLead(), Request());

        Assert.True(result.IsSuccess);
        Assert.Equal(0, activities);
    }
}
