using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing.Tests;

/// <summary>Counterexamples shrink to the steps that matter: FsCheck is run programmatically and the shrunk
/// counterexample it reports is inspected.</summary>
public sealed class ShrinkingTests
{
    private static readonly LeadTransitionGuard HasEmail = new("has an email", l => !string.IsNullOrEmpty(l.Email));

    /// <summary>A lifecycle with one guard missing: "Lead" to "Marketing Qualified Lead" needs an email, "Subscriber"
    /// to it does not. (With a disqualified status, recycling would be a third way in, and the property finds that
    /// one too.)</summary>
    private static readonly LeadProcess Broken = new LeadProcessBuilder("Broken")
        .AddOpenStatus("Subscriber", isDefault: true).AddOpenStatus("Lead").AddOpenStatus("Marketing Qualified Lead")
        .AddConvertedStatus("Sales Qualified Lead").PermitStandardTransitions()
        .Permit(LeadStatusTrigger.MoveTo, "Lead", "Marketing Qualified Lead", HasEmail).Build();

    /// <summary>The same lifecycle with the guard on every path in.</summary>
    private static readonly LeadProcess Fixed = new LeadProcessBuilder("Fixed")
        .AddOpenStatus("Subscriber", isDefault: true).AddOpenStatus("Lead").AddOpenStatus("Marketing Qualified Lead")
        .AddConvertedStatus("Sales Qualified Lead").PermitStandardTransitions()
        .RequireOnEntry("Marketing Qualified Lead", HasEmail).Build();

    private static LeadRunner Runner(LeadProcess process) =>
        new LeadRunner(new LeadWorkflow(process, new LeadWorkflowOptions { EnableTelemetry = false }))
            .Invariant("no lead enters Marketing Qualified Lead without email", (before, _, after) =>
                after.Status != "Marketing Qualified Lead" || before.Status == after.Status || after.Email is not null);

    private static Lead AtLead(LeadProcess process) =>
        new LeadWorkflow(process).Create(new Lead { LastName = "Lovelace", Company = "Acme", Status = "Lead" }).ShouldSucceed();

    /// <summary>From "Lead" the only unguarded way in is two steps: back to "Subscriber", then over. Buried in 20 to 100
    /// random steps, it shrinks to at most 3.</summary>
    [Fact]
    public void ABrokenTwoStepCombination_BuriedInALongSequence_ShrinksToAtMostThreeSteps()
    {
        var runner = Runner(Broken);
        var lead = AtLead(Broken);
        var steps = LifecycleArbitraries.LeadSteps(Broken);
        var long20 = Arb.From(steps.Generator.Where(s => s.Length >= 20), steps.Shrinker);

        var found = LifecycleCheck.FindCounterexample(long20, s => runner.Run(lead, s).HoldsInvariants, maxTest: 300);

        Assert.NotNull(found);
        Assert.True(found.Original.Length >= 20);
        Assert.InRange(found.Shrunk.Length, 2, 3);
        Assert.Contains(new LeadStep.MoveTo("Subscriber"), found.Shrunk);
        Assert.Equal(new LeadStep.MoveTo("Marketing Qualified Lead"), found.Shrunk[^1]);
        Assert.False(runner.Run(lead, found.Shrunk).HoldsInvariants);
    }

    [Fact]
    public void TheShrunkCounterexample_IsReportedThroughShouldHoldInvariants_WithItsTrace()
    {
        var runner = Runner(Broken);
        var lead = AtLead(Broken);
        var found = LifecycleCheck.FindCounterexample(LifecycleArbitraries.LeadSteps(Broken), s => runner.Run(lead, s).ShouldHoldInvariants() is not null, maxTest: 300);

        Assert.NotNull(found);
        Assert.Contains("'no lead enters Marketing Qualified Lead without email' broken by step", found.Failure, StringComparison.Ordinal);
        Assert.Contains("MoveTo(\"Marketing Qualified Lead\"): \"Subscriber\" -> \"Marketing Qualified Lead\"", found.Failure, StringComparison.Ordinal);
        Assert.StartsWith("Counterexample: [", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFixedPipeline_HasNoCounterexample()
    {
        var runner = Runner(Fixed);
        var lead = AtLead(Fixed);
        Assert.Null(LifecycleCheck.FindCounterexample(LifecycleArbitraries.LeadSteps(Fixed), s => runner.Run(lead, s).HoldsInvariants, maxTest: 300));
    }

    [Fact]
    public void StepArguments_Shrink_AfterSteps()
    {
        // Fails for any disqualification after contact; the disqualification's reason and status shrink to the simplest.
        var process = LeadProcess.SalesforceClassic;
        var runner = new LeadRunner(new LeadWorkflow(process)).Invariant("never disqualified after contact", (before, step, after) =>
            !(before.Status == "Working - Contacted" && after.Status == "Closed - Not Converted"));
        var lead = new LeadWorkflow(process).Create(new Lead { LastName = "Lovelace", Company = "Acme" }).ShouldSucceed();

        var found = LifecycleCheck.FindCounterexample(LifecycleArbitraries.LeadSteps(process), s => runner.Run(lead, s).HoldsInvariants, maxTest: 500);

        Assert.NotNull(found);
        Assert.Equal(2, found.Shrunk.Length);
        Assert.Contains(found.Shrunk[0], new LeadStep[] { new LeadStep.MarkContacted(), new LeadStep.MoveTo("Working - Contacted") });
        Assert.Equal(new LeadStep.Disqualify("Lost"), found.Shrunk[1]);
    }

    [Fact]
    public void FindCounterexample_ReturnsNull_WhenThePropertyHolds() =>
        Assert.Null(LifecycleCheck.FindCounterexample(LifecycleArbitraries.LeadSteps(LeadProcess.SalesforceClassic), _ => true));
}
