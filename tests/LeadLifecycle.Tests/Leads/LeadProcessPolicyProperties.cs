using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Policies and entry guards over random processes and random verb sequences.</summary>
[Properties(Arbitrary = [typeof(LeadArbitraries)], MaxTest = 200)]
public sealed class LeadProcessPolicyProperties
{
    [Property]
    public void ForwardOnly_NeverMovesBack(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps)
    {
        var process = (spec with { ForwardOnly = true }).Build();
        foreach (var change in Walk(process, draft, steps).Where(c => c.Trigger is not (LeadStatusTrigger.Disqualify or LeadStatusTrigger.Convert)))
        {
            Assert.True(Index(process, change.ToStatus) > Index(process, change.FromStatus), $"{change.Trigger}: {change.FromStatus} -> {change.ToStatus}");
        }
    }

    [Property]
    public void NoSkipping_NeverSkipsAnActiveOpenStatus(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps)
    {
        var process = (spec with { NoSkipping = true }).Build();
        foreach (var change in Walk(process, draft, steps).Where(c => c.Trigger is not (LeadStatusTrigger.Disqualify or LeadStatusTrigger.Convert)))
        {
            var (from, to) = (Index(process, change.FromStatus), Index(process, change.ToStatus));
            Assert.DoesNotContain(process.Statuses.Skip(from + 1).Take(Math.Max(0, to - from - 1)), s => s.IsOpen && s.IsActive);
        }
    }

    [Property]
    public void NoPathIntoAnEntryGuardedStatus_WithoutTheGuard_ConversionIncluded(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps, int guarded)
    {
        var guardedSpec = spec with { EntryGuardOn = Math.Abs(guarded) };
        var process = guardedSpec.Build();
        var guardedStatus = guardedSpec.EntryGuardedStatus!;
        foreach (var change in Walk(process, draft, steps, convertToo: true).Where(c => c.ToStatus == guardedStatus))
        {
            Assert.False(string.IsNullOrEmpty(change.Entered.Email), $"{change.Trigger} entered '{guardedStatus}' without an email");
        }
    }

    /// <summary>Applies random verbs (and, when asked, a conversion attempt into each converted status after each
    /// step); returns every change that succeeded with the lead it produced.</summary>
    private static List<(LeadStatusTrigger Trigger, string FromStatus, string ToStatus, Lead Entered)> Walk(LeadProcess process, Lead draft, IndexedLeadStep[] steps, bool convertToo = false)
    {
        var workflow = new LeadWorkflow(process);
        var converter = new LeadConverter(process);
        var lead = workflow.Create(draft).Value;
        var changes = new List<(LeadStatusTrigger, string, string, Lead)>();
        foreach (var step in steps)
        {
            var result = LeadLifecycleProperties.Apply(workflow, lead, step, out var input);
            lead = result.IsSuccess ? result.Value.Lead : input;
            if (result.IsSuccess)
            {
                var changed = (LeadStatusChanged)result.Value.Event;
                changes.Add((changed.Trigger, changed.FromStatus, changed.ToStatus, result.Value.Lead));
            }

            if (convertToo)
            {
                foreach (var status in process.ConvertedStatuses)
                {
                    if (converter.Convert(lead, new ConversionRequest(status.Name) { AllowDuplicates = true }) is { IsSuccess: true } converted)
                    {
                        var @event = converted.Value.StatusChanged;
                        changes.Add((@event.Trigger, @event.FromStatus, @event.ToStatus, converted.Value.Lead));
                    }
                }
            }
        }

        return changes;
    }

    private static int Index(LeadProcess process, string status) => process.Statuses.Select(s => s.Name).ToList().IndexOf(status);
}
