using System.Diagnostics;
using System.Diagnostics.Metrics;
using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Diagnostics;

/// <summary>The library's instruments. Every method returns at once when nobody listens.</summary>
internal static class Telemetry
{
    private static readonly string? Version = typeof(Telemetry).Assembly.GetName().Version?.ToString();

    public static readonly Meter Meter = new(LeadLifecycleTelemetry.MeterName, Version);

    public static readonly ActivitySource ActivitySource = new(LeadLifecycleTelemetry.ActivitySourceName, Version);

    private static readonly Counter<long> LeadTransitions = Meter.CreateCounter<long>(
        LeadLifecycleTelemetry.LeadTransitions, "{transition}", "Lead status changes.");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        LeadLifecycleTelemetry.Refusals, "{refusal}", "Refused verbs on leads, opportunities and conversions.");

    private static readonly Counter<long> StageChanges = Meter.CreateCounter<long>(
        LeadLifecycleTelemetry.OpportunityStageChanges, "{change}", "Opportunity stage changes.");

    private static readonly Counter<long> Conversions = Meter.CreateCounter<long>(
        LeadLifecycleTelemetry.Conversions, "{conversion}", "Lead conversions.");

    public static void LeadTransition(string process, string trigger, string from, string to)
    {
        if (LeadTransitions.Enabled)
        {
            LeadTransitions.Add(1, Tags(process, trigger, from, to));
        }
    }

    public static void StageChange(string process, string trigger, string from, string to)
    {
        if (StageChanges.Enabled)
        {
            StageChanges.Add(1, Tags(process, trigger, from, to));
        }
    }

    public static void Refusal(string operation, IReadOnlyList<IError> errors)
    {
        if (Refusals.Enabled)
        {
            var code = errors.Count > 0 && errors[0] is LeadLifecycleError error ? error.Code : "UNKNOWN";
            Refusals.Add(
                1,
                new KeyValuePair<string, object?>(LeadLifecycleTelemetry.OperationTag, operation),
                new KeyValuePair<string, object?>(LeadLifecycleTelemetry.ErrorCodeTag, code));
        }
    }

    public static void Conversion(bool success, bool opportunityCreated)
    {
        if (Conversions.Enabled)
        {
            Conversions.Add(
                1,
                new KeyValuePair<string, object?>(LeadLifecycleTelemetry.OutcomeTag, success ? "success" : "failure"),
                new KeyValuePair<string, object?>(LeadLifecycleTelemetry.OpportunityCreatedTag, opportunityCreated));
        }
    }

    private static TagList Tags(string process, string trigger, string from, string to) => new()
    {
        { LeadLifecycleTelemetry.ProcessTag, process },
        { LeadLifecycleTelemetry.TriggerTag, trigger },
        { LeadLifecycleTelemetry.FromTag, from },
        { LeadLifecycleTelemetry.ToTag, to },
    };
}
