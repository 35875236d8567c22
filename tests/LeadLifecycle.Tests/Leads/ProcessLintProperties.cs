using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Linting;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Lint agrees with what the workflows permit, over random lead and sales processes: what it calls unreachable
/// no sequence of permitted verbs reaches (a brute-force walk over <c>CanFire</c>), every path it reports replays through
/// the workflow, and a clean report means every active value is reachable.</summary>
[Properties(Arbitrary = [typeof(LintArbitraries), typeof(OpportunityArbitraries)], MaxTest = 300)]
public sealed class ProcessLintProperties
{
    [Property]
    public void LeadLint_ReportsExactlyTheActiveStatusesNoVerbSequenceReaches(LintProcessSpec spec)
    {
        var process = spec.Build();
        var reachable = BruteForceReachable(process);
        var reported = process.Lint().Findings.Where(f => f is UnreachableValueFinding or UnreachableOutcomeFinding).Select(f => f.Value!).ToHashSet();

        foreach (var status in process.Statuses.Where(s => s.IsActive))
        {
            Assert.True(reported.Contains(status.Name) != reachable.Contains(status.Name), $"{status.Name}: reported {reported.Contains(status.Name)}, reachable {reachable.Contains(status.Name)}");
        }

        var guardedButUnreachable = process.Lint().Findings.OfType<UnreachableEntryGuardsFinding>().Select(f => f.Value!).ToHashSet();
        foreach (var status in process.Statuses)
        {
            var hasEntryGuards = spec.EntryGuardOn >= 0 && LintProcessSpec.NameOf(spec.EntryGuardOn % spec.Kinds.Length) == status.Name;
            Assert.Equal(hasEntryGuards && !reachable.Contains(status.Name), guardedButUnreachable.Contains(status.Name));
        }
    }

    [Property]
    public void LeadLint_CleanReport_EveryActiveStatusIsReachable(LintProcessSpec spec)
    {
        var process = spec.Build();
        if (process.Lint().IsClean)
        {
            var reachable = BruteForceReachable(process);
            Assert.All(process.Statuses.Where(s => s.IsActive), s => Assert.Contains(s.Name, reachable));
        }
    }

    [Property]
    public void LeadLint_NoWayOut_ExactlyTheReachableOpenStatusesThatReachNoClosedOne(LintProcessSpec spec)
    {
        var process = spec.Build();
        var reachable = BruteForceReachable(process);
        var stuck = process.Lint().Findings.OfType<NoWayOutFinding>().Select(f => f.Value!).ToHashSet();

        foreach (var status in process.Statuses.Where(s => s.IsOpen && reachable.Contains(s.Name)))
        {
            var canClose = BruteForceReachable(process, status.Name).Any(name => process.FindStatus(name) is { IsClosed: true });
            Assert.True(stuck.Contains(status.Name) == !canClose, $"{status.Name}: reported {stuck.Contains(status.Name)}, can close {canClose}");
        }
    }

    [Property]
    public void LeadLint_EveryPath_ReplaysThroughTheWorkflow(LintProcessSpec spec)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var converter = new LeadConverter(process);
        foreach (var finding in process.Lint().Findings.Where(f => f.Path.Count > 0))
        {
            var lead = workflow.Create(new Lead { LastName = "Path", Company = "Lint", Email = "path@example.com" }).Value;
            Assert.Equal(process.DefaultStatus.Name, finding.Path[0].From);
            foreach (var step in finding.Path)
            {
                Assert.Equal(step.From, lead.Status);
                var trigger = Enum.Parse<LeadStatusTrigger>(step.Trigger);
                if (trigger == LeadStatusTrigger.Convert)
                {
                    var conversion = converter.Convert(lead, new ConversionRequest(step.To));
                    Assert.True(conversion.IsSuccess, $"{finding.Code} {step}: {string.Join("; ", conversion.Errors.Select(e => e.Message))}");
                    lead = conversion.Value.Lead;
                }
                else
                {
                    var change = workflow.Fire(lead, trigger, step.To, "Lint");
                    Assert.True(change.IsSuccess, $"{finding.Code} {step}: {string.Join("; ", change.Errors.Select(e => e.Message))}");
                    lead = change.Value.Lead;
                }
            }
        }
    }

    [Property]
    public void LeadLint_GuardBypass_TheLastMoveLacksTheGuardsTheGuardedMoveHas(LintProcessSpec spec)
    {
        var process = spec.Build();
        foreach (var finding in process.Lint().Findings.OfType<GuardBypassFinding>())
        {
            var last = finding.Path[^1];
            Assert.Equal(finding.Value, last.To);
            var lacking = process.GetGuardDescriptions(last.From, Enum.Parse<LeadStatusTrigger>(last.Trigger), last.To);
            var guarded = process.GetGuardDescriptions(finding.GuardedMove.From, Enum.Parse<LeadStatusTrigger>(finding.GuardedMove.Trigger), finding.GuardedMove.To);
            Assert.All(finding.MissingGuards, g => Assert.DoesNotContain(g, lacking));
            Assert.Contains(finding.MissingGuards, guarded.Contains);
        }
    }

    [Property]
    public void SalesLint_ReportsExactlyTheActiveStagesNoVerbSequenceReaches(SalesProcessSpec spec)
    {
        var process = spec.Build();
        var reachable = BruteForceReachable(process);
        var reported = process.Lint().Findings.Where(f => f is UnreachableValueFinding or UnreachableOutcomeFinding).Select(f => f.Value!).ToHashSet();

        foreach (var stage in process.Stages.Where(s => s.IsActive))
        {
            Assert.True(reported.Contains(stage.Name) != reachable.Contains(stage.Name), $"{stage.Name}: reported {reported.Contains(stage.Name)}, reachable {reachable.Contains(stage.Name)}");
        }

        Assert.All(process.Lint().Findings.OfType<NoWayOutFinding>(), f =>
            Assert.DoesNotContain(BruteForceReachable(process, f.Value!), s => process.FindStage(s) is { IsClosed: true }));
    }

    [Property]
    public void SalesLint_EveryPath_ReplaysThroughTheWorkflow(SalesProcessSpec spec)
    {
        var process = spec.Build();
        var workflow = new OpportunityWorkflow(process);
        foreach (var finding in process.Lint().Findings.Where(f => f.Path.Count > 0))
        {
            var opportunity = workflow.Create(Complete(process, finding.Path[0].From)).Value;
            foreach (var step in finding.Path)
            {
                var trigger = Enum.Parse<OpportunityStageTrigger>(step.Trigger);
                var loss = process.FindStage(step.To) is { IsLost: true } ? new LossDetails { Reason = "Price" } : null;
                var change = workflow.Fire(opportunity, trigger, step.To, loss);
                Assert.True(change.IsSuccess, $"{finding.Code} {step}: {string.Join("; ", change.Errors.Select(e => e.Message))}");
                opportunity = change.Value.Opportunity;
            }
        }
    }

    /// <summary>Every lead status reachable from a status (the default when none is given) by permitted verbs, guards
    /// aside: a plain walk over <see cref="LeadProcess.CanFire"/> for every trigger and status; converted statuses are
    /// terminal.</summary>
    private static HashSet<string> BruteForceReachable(LeadProcess process, string? from = null)
    {
        var seen = new HashSet<string> { from ?? process.DefaultStatus.Name };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var status))
        {
            if (process.FindStatus(status)!.IsConverted)
            {
                continue;
            }

            foreach (var trigger in Enum.GetValues<LeadStatusTrigger>())
            {
                foreach (var to in process.Statuses.Where(s => process.CanFire(status, trigger, s.Name) && seen.Add(s.Name)))
                {
                    queue.Enqueue(to.Name);
                }
            }
        }

        return seen;
    }

    /// <summary>Every stage reachable by permitted stage changes from the given stage, or from where opportunities start
    /// (the default stage and the first open stage): a plain walk over <see cref="SalesProcess.CanFire"/>.</summary>
    private static HashSet<string> BruteForceReachable(SalesProcess process, string? from = null)
    {
        var seen = from is not null ? [from] : new HashSet<string> { process.DefaultStage.Name };
        if (from is null && process.FirstOpenStage is { } first)
        {
            seen.Add(first.Name);
        }

        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var stage))
        {
            foreach (var trigger in Enum.GetValues<OpportunityStageTrigger>())
            {
                foreach (var to in process.Stages.Where(s => process.CanFire(stage, trigger, s.Name) && seen.Add(s.Name)))
                {
                    queue.Enqueue(to.Name);
                }
            }
        }

        return seen;
    }

    /// <summary>An opportunity with every field a stage can require.</summary>
    private static Opportunity Complete(SalesProcess process, string stage) => new()
    {
        Name = "Lint path",
        Stage = stage,
        Amount = 1000m,
        CloseDate = new DateOnly(2026, 6, 30),
        AccountId = new AccountId("001000000000001"),
        ContactId = new ContactId("003000000000001"),
        OwnerId = new OwnerId("005000000000001"),
        LeadSource = "Web",
        CampaignId = new CampaignId("701000000000001"),
        Description = "Every field set",
        LossReason = process.FindStage(stage) is { IsLost: true } ? "Price" : null,
    };
}
