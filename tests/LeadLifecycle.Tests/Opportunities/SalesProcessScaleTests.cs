using FsCheck.Xunit;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>Issue 10 for sales processes: building is linear in the number of stages, checks allocate nothing, and the
/// lazily built Stateless model (the diagrams) agrees with the process's answers.</summary>
public sealed class SalesProcessScaleTests
{
    private static SalesProcess ManyStages(int count, SalesProcessPolicy? policy = null)
    {
        var builder = new SalesProcessBuilder("Wide");
        for (var i = 0; i < count - 2; i++)
        {
            builder.AddOpenStage("S" + i, i % 100);
        }

        return builder.AddWonStage("Won").AddLostStage("Lost")
            .WithPolicy(policy ?? SalesProcessPolicy.FreeMovement)
            .RequireFields("S1", OpportunityField.Amount)
            .Build();
    }

    [Fact]
    public void FiveThousandStages_BuildInMemoryLinearInTheStages()
    {
        // The n * 6 * n edge table of the quadratic version is 5,000 * 6 * 5,000 references = 1.2 GB on its own.
        ManyStages(100);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var process = ManyStages(5_000);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 16_000_000, $"building 5,000 stages allocated {allocated:N0} bytes");
        Assert.True(process.CanFire("S4997", OpportunityStageTrigger.MoveTo, "S1"));
        Assert.True(process.CanFire("S2", OpportunityStageTrigger.Advance, "S3"));
        Assert.False(process.CanFire("S2", OpportunityStageTrigger.Advance, "S4"));
        Assert.True(process.CanFire("S2500", OpportunityStageTrigger.CloseAsLost, "Lost"));
        Assert.True(process.CanFire("Won", OpportunityStageTrigger.Reopen, "S4000"));
        Assert.False(process.CanFire("S1", OpportunityStageTrigger.MoveTo, "Won"));
        Assert.Equal([OpportunityField.Amount], process.GetRequiredFields("S4000"));
    }

    [Fact]
    public void FiveThousandStages_EachRequiringFields_BuildInMemoryLinearInTheStages()
    {
        var builder = new SalesProcessBuilder("Wide");
        for (var i = 0; i < 5_000; i++)
        {
            builder.AddOpenStage("S" + i, 10).RequireFields("S" + i, (OpportunityField)((i % 3) + 1));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();

        var process = builder.AddLostStage("Lost").Build();

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 16_000_000, $"building 5,000 stages with 5,000 requirements allocated {allocated:N0} bytes");
        Assert.Equal(3, process.GetRequiredFields("S4999").Count);
        Assert.Single(process.GetRequiredFields("S0"));
        Assert.Empty(process.GetRequiredFields("Lost"));
    }

    [Fact]
    public void FiveThousandStages_WithEveryPolicy_CheckWithoutAllocating()
    {
        var process = ManyStages(5_000, new SalesProcessPolicy { ForwardOnly = true, NoSkipping = true, LockClosed = true });
        var workflow = new OpportunityWorkflow(process, new OpportunityWorkflowOptions { EnableTelemetry = false });
        var opportunity = workflow.Create(new Opportunity { Name = "Deal", Stage = "S10", Amount = 100m, CloseDate = new DateOnly(2027, 1, 1) }).Value;
        var warm = Check(process, workflow, opportunity);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var permitted = Check(process, workflow, opportunity);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(permitted && warm);
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 200)]
    public void LazyStatelessModel_HasExactlyTheProcessesTransitions_WithTheRequiredFieldGuards(SalesProcessSpec spec)
    {
        var process = spec.Build();
        var info = process.CreateStageMachine().GetInfo();
        var names = process.Stages.Select(s => s.Name).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), info.States.Select(s => (string)s.UnderlyingState).Order(StringComparer.Ordinal));

        var fromModel = info.States
            .SelectMany(state => state.FixedTransitions.Select(t => (
                From: (string)state.UnderlyingState,
                Trigger: ((StageTrigger)t.Trigger.UnderlyingTrigger).Verb,
                To: (string)t.DestinationState.UnderlyingState,
                Guards: string.Join("|", t.GuardConditionsMethodDescriptions.Select(g => g.Description)))))
            .ToHashSet();
        Assert.Empty(info.States.SelectMany(s => s.DynamicTransitions));
        Assert.Empty(info.States.SelectMany(s => s.IgnoredTriggers));

        var fromProcess = new HashSet<(string From, OpportunityStageTrigger Trigger, string To, string Guards)>();
        foreach (var from in names)
        {
            foreach (var trigger in Enum.GetValues<OpportunityStageTrigger>())
            {
                foreach (var to in names)
                {
                    if (process.CanFire(from, trigger, to))
                    {
                        fromProcess.Add((from, trigger, to, string.Join("|", process.GetRequiredFields(to).Select(f => $"{f} is required in '{to}'"))));
                    }
                }
            }

            Assert.Equal(
                process.GetPermittedStageTransitions(from).Select(t => (t.Trigger, t.ToStage)).Order(),
                fromModel.Where(e => e.From == from).Select(e => (e.Trigger, e.To)).Order());
        }

        Assert.True(fromProcess.SetEquals(fromModel), $"model: {fromModel.Count} transitions, process: {fromProcess.Count}");
    }

    private static bool Check(SalesProcess process, OpportunityWorkflow workflow, Opportunity opportunity) =>
        process.CanFire("S10", OpportunityStageTrigger.Advance, "S11")
        && !process.CanFire("S10", OpportunityStageTrigger.MoveTo, "S4000")
        && !process.CanFire("S10", OpportunityStageTrigger.MoveTo, "S3")
        && workflow.CanAdvance(opportunity)
        && !workflow.CanMoveTo(opportunity, "S4000")
        && workflow.CanCloseAsLost(opportunity);
}
