using FluentResults;
using FsCheck.Xunit;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

public class OpportunityProperties
{
    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 300)]
    public void RandomVerbSequences_NeverBreakThePolicy(OpportunityScenario scenario)
    {
        var process = scenario.Process;
        var policy = process.Policy;
        Run(scenario, (before, step, outcome) =>
        {
            if (outcome.Change is not { } change)
            {
                return;
            }

            if (change.Event is OpportunityFieldChanged fieldChanged)
            {
                if (before.IsClosed && policy.LockClosed)
                {
                    Assert.Equal(before.Amount, change.Opportunity.Amount);
                    Assert.Equal(before.CloseDate, change.Opportunity.CloseDate);
                    Assert.Equal(before.Probability, change.Opportunity.Probability);
                    Assert.Equal(before.ForecastCategory, change.Opportunity.ForecastCategory);
                }

                if (before.IsClosed && policy.LockProbabilityOnClosed)
                {
                    Assert.Equal(before.Probability, change.Opportunity.Probability);
                    Assert.Equal(before.ForecastCategory, change.Opportunity.ForecastCategory);
                }

                return;
            }

            var transition = Assert.IsAssignableFrom<OpportunityStageEvent>(change.Event);
            var from = process.IndexOf(before.Stage);
            var to = process.IndexOf(change.Opportunity.Stage);
            var target = process.StageAt(to);
            if (policy.ForwardOnly)
            {
                Assert.True(to > from, $"forward-only moved back: {before.Stage} -> {change.Opportunity.Stage}");
            }

            if (policy.NoSkipping && !target.IsLost && to > from)
            {
                Assert.DoesNotContain(process.Stages.Skip(from + 1).Take(to - from - 1), s => s.IsOpen && s.IsActive);
            }

            if (policy.LockClosed)
            {
                Assert.False(before.IsClosed, $"{transition.Trigger} left the locked closed stage {before.Stage}");
            }

            if (policy.RequireLossReason && target.IsLost)
            {
                Assert.False(string.IsNullOrWhiteSpace(change.Opportunity.LossReason));
            }

            foreach (var field in process.GetRequiredFields(change.Opportunity.Stage))
            {
                Assert.True(OpportunityStageGuard.IsSet(change.Opportunity, field), $"{field} missing in {change.Opportunity.Stage}");
            }
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 300)]
    public void EverySuccess_ReturnsAConsistentRecord_ThatLaterCallsCanUse(OpportunityScenario scenario)
    {
        Run(scenario, (_, step, outcome) =>
        {
            if (outcome.Change is not { } change)
            {
                return;
            }

            var opportunity = change.Opportunity;
            var stage = scenario.Process.FindStage(opportunity.Stage)!;
            Assert.Equal(stage.IsClosed, opportunity.IsClosed);
            Assert.Equal(stage.IsWon, opportunity.IsWon);
            Assert.InRange(opportunity.Probability, 0, 100);
            Assert.True(Enum.IsDefined(opportunity.ForecastCategory));
            Assert.NotNull(opportunity.CloseDate);
            Assert.NotNull(opportunity.History);
            Assert.InRange(opportunity.Amount ?? 0m, -OpportunityFieldLimits.MaxAmount, OpportunityFieldLimits.MaxAmount);
            Assert.Equal(opportunity.Amount is { } amount ? Math.Round(amount * opportunity.Probability / 100m, 2, MidpointRounding.AwayFromZero) : null, opportunity.ExpectedRevenue);
            if (change.Event is OpportunityStageEvent)
            {
                Assert.Equal(stage.Probability, opportunity.Probability);
                Assert.Equal(stage.ForecastCategory, opportunity.ForecastCategory);
            }

            // Nothing a success returns crashes a later call (issue 10).
            Assert.Contains("\"history\"", LeadLifecycleJson.Serialize(opportunity), StringComparison.Ordinal);
            Assert.Equal(2, PipelineSummary.Create(scenario.Process, [opportunity, opportunity]).Total.Count);
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 300)]
    public void ARefusedVerb_ChangesNothing_AndSaysWhyWithCodes(OpportunityScenario scenario)
    {
        Run(scenario, (before, step, outcome) =>
        {
            if (outcome.Result.IsSuccess)
            {
                return;
            }

            Assert.Equal(outcome.Snapshot, before);
            Assert.NotEmpty(outcome.Result.Errors);
            Assert.All(outcome.Result.Errors, e => Assert.False(string.IsNullOrEmpty(Assert.IsAssignableFrom<LeadLifecycleError>(e).Code)));
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 500)]
    public void CanVerb_AgreesWithVerb_ForEveryVerb(OpportunityScenario scenario)
    {
        Run(scenario, (_, step, outcome) => Assert.True(
            outcome.Permitted == outcome.Result.IsSuccess,
            $"{step.Kind}: Can said {outcome.Permitted}, the verb {(outcome.Result.IsSuccess ? "succeeded" : string.Join("; ", outcome.Result.Errors.Select(e => e.Message)))}"));
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 300)]
    public void AnInconsistentRecord_IsRefusedByEveryStageVerb_WithATypedError(OpportunityScenario scenario)
    {
        if (scenario.Corruption == OpportunityCorruption.None || scenario.Steps.Length == 0)
        {
            return;
        }

        var first = true;
        Run(scenario, (_, step, outcome) =>
        {
            if (first && outcome.Change?.Event is not OpportunityFieldChanged)
            {
                Assert.True(outcome.Result.IsFailed, $"{step.Kind} accepted a record with {scenario.Corruption}");
                Assert.All(outcome.Result.Errors, e => Assert.IsAssignableFrom<LeadLifecycleError>(e));
            }

            first = false;
        });
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void History_IsAppendOnly_AndTimeInStageSumsToTheElapsedTime(OpportunityScenario scenario)
    {
        if (scenario.Corruption != OpportunityCorruption.None)
        {
            return;
        }

        var clock = OpportunityTestSupport.Clock();
        var last = Run(scenario, (before, step, outcome) =>
        {
            if (outcome.Change is not { } change)
            {
                return;
            }

            var after = change.Opportunity;
            Assert.Equal(before.History, after.History.Take(before.History.Count));
            var expectedRows = change.Event is OpportunityStageEvent ? 1 : (OpportunityHistoryEntry.TrackedValuesDiffer(before, after) ? 1 : 0);
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
        Assert.Equal(Enum.GetValues<ForecastCategory>().Order(), summary.ByForecastCategory.Keys.Order());
        foreach (var (stage, totals) in summary.ByStage)
        {
            var inStage = opportunities.Where(o => o.Stage == stage).ToArray();
            Assert.Equal(new PipelineTotals(inStage.Length, inStage.Sum(o => o.Amount ?? 0m), inStage.Sum(o => o.ExpectedRevenue ?? 0m)), totals);
        }
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 500)]
    public void PipelineSummary_EveryTotalIsThePlainDecimalSum_ScaleIncluded(Opportunity[] opportunities)
    {
        var summary = PipelineSummary.Create(SalesProcess.SalesforceDefault, opportunities);

        // The summary adds whole hundredths where it can; its totals must still be the very decimals that adding each
        // amount and each rounded expected revenue in decimal gives: same value, same scale (so the same text).
        foreach (var (stage, totals) in summary.ByStage)
        {
            var inStage = opportunities.Where(o => o.Stage == stage).ToArray();
            AssertSameDecimal(DecimalSum(inStage.Select(o => o.Amount ?? 0m)), totals.Amount);
            AssertSameDecimal(DecimalSum(inStage.Select(FormerExpectedRevenue)), totals.ExpectedRevenue);
        }

        AssertSameDecimal(DecimalSum(opportunities.Select(o => o.Amount ?? 0m)), summary.Total.Amount);
        AssertSameDecimal(DecimalSum(opportunities.Select(FormerExpectedRevenue)), summary.Total.ExpectedRevenue);
    }

    /// <summary>What the summary added per opportunity before the whole-hundredths path: the decimal expected revenue
    /// of the amount (0 without one), rounded half away from zero to 2 decimals.</summary>
    private static decimal FormerExpectedRevenue(Opportunity opportunity)
    {
        var hundredths = (opportunity.Amount ?? 0m) * opportunity.Probability;
        return (hundredths.Scale > 0 ? Math.Round(hundredths, 0, MidpointRounding.AwayFromZero) : hundredths) * 0.01m;
    }

    private static decimal DecimalSum(IEnumerable<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static void AssertSameDecimal(decimal expected, decimal actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Scale, actual.Scale);
    }

    private static PipelineTotals Add(IEnumerable<PipelineTotals> totals) =>
        totals.Aggregate(default(PipelineTotals), (a, b) => new PipelineTotals(a.Count + b.Count, a.Amount + b.Amount, a.ExpectedRevenue + b.ExpectedRevenue));

    /// <summary>Plays a scenario, calling the check after every step with the opportunity before it; returns the last opportunity.</summary>
    internal static Opportunity Run(OpportunityScenario scenario, Action<Opportunity, OpportunityStep, StepOutcome> check, FakeTimeProvider? clock = null)
    {
        clock ??= OpportunityTestSupport.Clock();
        var process = scenario.Process;
        var workflow = OpportunityTestSupport.Workflow(process, clock);
        var stages = process.Stages;
        var draft = new Opportunity
        {
            Name = "Generated",
            Amount = scenario.Amount,
            Probability = scenario.Probability,
            CloseDate = new DateOnly(2026, 12, 31),
            Stage = process.FirstOpenStage is null ? process.DefaultStage.Name : string.Empty,
        };
        var created = workflow.Create(draft);
        if (scenario.Amount is { } amount && Math.Abs(amount) > OpportunityFieldLimits.MaxAmount)
        {
            Assert.Equal("Amount", created.SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
            created = workflow.Create(draft with { Amount = null });
        }

        var opportunity = OpportunityArbitraries.Corrupt(created.Ok(), scenario.Corruption);
        foreach (var step in scenario.Steps)
        {
            clock.Advance(TimeSpan.FromMinutes(step.MinutesLater));
            var stage = stages[step.Stage % stages.Count].Name;
            var named = step.NameStage ? stage : null;
            var loss = step.Loss;
            var snapshot = opportunity with { };
            var closeDate = new DateOnly(2027, 1, 1).AddDays(step.Stage);
            StepOutcome outcome = step.Kind switch
            {
                OpportunityStepKind.MoveTo => new(workflow.MoveTo(opportunity, stage), workflow.CanMoveTo(opportunity, stage)),
                OpportunityStepKind.Advance => new(workflow.Advance(opportunity), workflow.CanAdvance(opportunity)),
                OpportunityStepKind.CloseAsWon => new(workflow.CloseAsWon(opportunity, named), workflow.CanCloseAsWon(opportunity, named)),
                OpportunityStepKind.CloseAsLost => new(workflow.CloseAsLost(opportunity, loss, named), workflow.CanCloseAsLost(opportunity, loss, named)),
                OpportunityStepKind.Reopen => new(workflow.Reopen(opportunity, named), workflow.CanReopen(opportunity, named)),
                OpportunityStepKind.ChangeStage => new(workflow.ChangeStage(opportunity, stage, loss), workflow.CanChangeStage(opportunity, stage, loss)),
                OpportunityStepKind.ChangeAmount => new(workflow.ChangeAmount(opportunity, step.Amount), workflow.CanChangeAmount(opportunity, step.Amount)),
                OpportunityStepKind.ChangeCloseDate => new(workflow.ChangeCloseDate(opportunity, closeDate), workflow.CanChangeCloseDate(opportunity, closeDate)),
                OpportunityStepKind.OverrideProbability => new(workflow.OverrideProbability(opportunity, step.Probability), workflow.CanOverrideProbability(opportunity, step.Probability)),
                OpportunityStepKind.OverrideForecastCategory => new(workflow.OverrideForecastCategory(opportunity, step.Category), workflow.CanOverrideForecastCategory(opportunity, step.Category)),
                _ => new(workflow.Fire(opportunity, step.Trigger, stage, loss), workflow.CanFire(opportunity, step.Trigger, stage, loss)),
            };
            outcome.Snapshot = snapshot;
            check(opportunity, step, outcome);
            opportunity = outcome.Change?.Opportunity ?? opportunity;
        }

        return opportunity;
    }

    internal sealed class StepOutcome(Result<OpportunityChange> result, bool permitted)
    {
        public Result<OpportunityChange> Result { get; } = result;

        public OpportunityChange? Change { get; } = result.IsSuccess ? result.Value : null;

        public bool Permitted { get; } = permitted;

        public Opportunity Snapshot { get; set; } = null!;
    }
}
