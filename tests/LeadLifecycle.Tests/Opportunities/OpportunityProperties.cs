using FluentResults;
using FsCheck.Xunit;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityProperties
{
    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void RandomVerbSequences_NeverBreakThePolicy(OpportunityScenario scenario)
    {
        var process = scenario.Process;
        var policy = process.Policy;
        Run(scenario, (before, step, outcome) =>
        {
            if (outcome.Transition is not { } transition)
            {
                if (outcome.Edited is { } edited && before.IsClosed && policy.LockClosed)
                {
                    Assert.Equal(before.Amount, edited.Amount);
                    Assert.Equal(before.CloseDate, edited.CloseDate);
                }

                return;
            }

            var from = process.IndexOf(before.Stage);
            var to = process.IndexOf(transition.Opportunity.Stage);
            var trigger = transition.Event.Trigger;
            if (policy.ForwardOnly)
            {
                Assert.True(to > from, $"forward-only moved back: {before.Stage} -> {transition.Opportunity.Stage}");
            }

            if (policy.NoSkipping && trigger != OpportunityStageTrigger.CloseAsLost && to > from)
            {
                Assert.DoesNotContain(process.Stages.Skip(from + 1).Take(to - from - 1), s => s.IsOpen && s.IsActive);
            }

            if (policy.LockClosed)
            {
                Assert.NotEqual(OpportunityStageTrigger.Reopen, trigger);
                Assert.False(before.IsClosed);
            }

            if (policy.RequireLossReason && trigger == OpportunityStageTrigger.CloseAsLost)
            {
                Assert.False(string.IsNullOrWhiteSpace(transition.Opportunity.LossReason));
            }

            foreach (var field in process.GetRequiredFields(transition.Opportunity.Stage))
            {
                Assert.True(OpportunityStageGuard.IsSet(transition.Opportunity, field), $"{field} missing in {transition.Opportunity.Stage}");
            }
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void StageFields_AlwaysComeFromTheStage_AndWonImpliesClosedWithProbability100(OpportunityScenario scenario)
    {
        Run(scenario, (_, step, outcome) =>
        {
            var opportunity = outcome.Transition?.Opportunity ?? outcome.Edited;
            if (opportunity is null)
            {
                return;
            }

            var stage = scenario.Process.FindStage(opportunity.Stage)!;
            Assert.Equal(stage.IsClosed, opportunity.IsClosed);
            Assert.Equal(stage.IsWon, opportunity.IsWon);
            Assert.Equal(stage.ForecastCategory, opportunity.ForecastCategory);
            if (opportunity.IsWon)
            {
                Assert.True(opportunity.IsClosed);
                Assert.Equal(100, opportunity.Probability);
            }

            if (outcome.Transition is not null || opportunity.IsClosed)
            {
                Assert.Equal(stage.Probability, opportunity.Probability);
            }
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void ARefusedVerb_ChangesNothing_AndSaysWhyWithCodes(OpportunityScenario scenario)
    {
        Run(scenario, (before, step, outcome) =>
        {
            if (outcome.Result.IsSuccess)
            {
                return;
            }

            Assert.Equal(outcome.Snapshot, before);
            Assert.Equal(outcome.Snapshot.History.Count, before.History.Count);
            Assert.NotEmpty(outcome.Result.Errors);
            Assert.All(outcome.Result.Errors, e => Assert.False(string.IsNullOrEmpty(Assert.IsAssignableFrom<LeadLifecycleError>(e).Code)));
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void CanVerb_AgreesWithVerb(OpportunityScenario scenario)
    {
        Run(scenario, (_, step, outcome) =>
        {
            if (outcome.Permitted is { } permitted)
            {
                Assert.Equal(permitted, outcome.Result.IsSuccess);
            }
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void History_IsAppendOnly_AndTimeInStageSumsToTheElapsedTime(OpportunityScenario scenario)
    {
        var clock = OpportunityTestSupport.Clock();
        var last = Run(scenario, (before, step, outcome) =>
        {
            var after = outcome.Transition?.Opportunity ?? outcome.Edited;
            if (after is null)
            {
                return;
            }

            Assert.Equal(before.History, after.History.Take(before.History.Count));
            var expectedRows = outcome.Transition is not null ? 1 : (OpportunityHistoryEntry.TrackedValuesDiffer(before, after) ? 1 : 0);
            Assert.Equal(before.History.Count + expectedRows, after.History.Count);
        }, clock);

        clock.Advance(TimeSpan.FromHours(5));
        var workflow = OpportunityTestSupport.Workflow(scenario.Process, clock);
        var times = workflow.GetTimeInStages(last);
        Assert.Equal(clock.GetUtcNow() - last.History[0].ChangedAt, times.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t));
        Assert.True(times[last.Stage] >= workflow.GetTimeInCurrentStage(last));
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void PipelineSummary_TotalsEqualTheSumsOverTheOpportunities(Opportunity[] opportunities)
    {
        var summary = PipelineSummary.Create(SalesProcess.SalesforceDefault, opportunities);

        var expected = new PipelineTotals(
            opportunities.Length,
            opportunities.Sum(o => o.Amount ?? 0m),
            opportunities.Sum(o => o.ExpectedRevenue ?? 0m));
        Assert.Equal(expected, summary.Total);
        Assert.Equal(expected, Add(summary.ByStage.Values.Append(summary.OtherStages)));
        Assert.Equal(expected, Add(summary.ByForecastCategory.Values));
        foreach (var (stage, totals) in summary.ByStage)
        {
            var inStage = opportunities.Where(o => o.Stage == stage).ToArray();
            Assert.Equal(new PipelineTotals(inStage.Length, inStage.Sum(o => o.Amount ?? 0m), inStage.Sum(o => o.ExpectedRevenue ?? 0m)), totals);
        }
    }

    private static PipelineTotals Add(IEnumerable<PipelineTotals> totals) =>
        totals.Aggregate(default(PipelineTotals), (a, b) => new PipelineTotals(a.Count + b.Count, a.Amount + b.Amount, a.ExpectedRevenue + b.ExpectedRevenue));

    /// <summary>Plays a scenario, calling the check after every step with the opportunity before it; returns the last opportunity.</summary>
    internal static Opportunity Run(OpportunityScenario scenario, Action<Opportunity, OpportunityStep, StepOutcome> check, ManualTimeProvider? clock = null)
    {
        clock ??= OpportunityTestSupport.Clock();
        var workflow = OpportunityTestSupport.Workflow(scenario.Process, clock);
        var stages = scenario.Process.Stages;
        var opportunity = workflow.Create(new Opportunity
        {
            Name = "Generated",
            Amount = scenario.Amount,
            CloseDate = scenario.HasCloseDate ? new DateOnly(2026, 12, 31) : null,
        }).Ok();

        foreach (var step in scenario.Steps)
        {
            clock.Advance(TimeSpan.FromMinutes(step.MinutesLater));
            var stage = stages[step.Stage % stages.Count].Name;
            var named = step.NameStage ? stage : null;
            var snapshot = opportunity with { };
            StepOutcome outcome = step.Kind switch
            {
                OpportunityStepKind.MoveTo => new(workflow.MoveTo(opportunity, stage), workflow.CanMoveTo(opportunity, stage)),
                OpportunityStepKind.Advance => new(workflow.Advance(opportunity), workflow.CanAdvance(opportunity)),
                OpportunityStepKind.CloseAsWon => new(workflow.CloseAsWon(opportunity, named), workflow.CanCloseAsWon(opportunity, named)),
                OpportunityStepKind.CloseAsLost => new(workflow.CloseAsLost(opportunity, step.Reason, "Honda", named), workflow.CanCloseAsLost(opportunity, step.Reason, named)),
                OpportunityStepKind.Reopen => new(workflow.Reopen(opportunity, named), workflow.CanReopen(opportunity, named)),
                OpportunityStepKind.ChangeStage => new(workflow.ChangeStage(opportunity, stage, step.Reason), null),
                OpportunityStepKind.ChangeAmount => new(workflow.ChangeAmount(opportunity, step.Amount)),
                OpportunityStepKind.ChangeCloseDate => new(workflow.ChangeCloseDate(opportunity, step.NameStage ? null : new DateOnly(2027, 1, 1).AddDays(step.Stage))),
                _ => new(workflow.OverrideProbability(opportunity, step.Probability)),
            };
            outcome.Snapshot = snapshot;
            check(opportunity, step, outcome);
            opportunity = outcome.Transition?.Opportunity ?? outcome.Edited ?? opportunity;
        }

        return opportunity;
    }

    internal sealed class StepOutcome
    {
        public StepOutcome(Result<OpportunityTransition> result, bool? permitted)
        {
            Result = result;
            Transition = result.IsSuccess ? result.Value : null;
            Permitted = permitted;
        }

        public StepOutcome(Result<Opportunity> result)
        {
            Result = result;
            Edited = result.IsSuccess ? result.Value : null;
        }

        public IResultBase Result { get; }

        public OpportunityTransition? Transition { get; }

        public Opportunity? Edited { get; }

        public bool? Permitted { get; }

        public Opportunity Snapshot { get; set; } = null!;
    }
}
