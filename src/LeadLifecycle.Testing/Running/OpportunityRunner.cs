using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

/// <summary>Applies sequences of <see cref="OpportunityStep"/>s to an opportunity through your
/// <see cref="OpportunityWorkflow"/> and checks invariants after every step: a model-based test in one line.</summary>
/// <remarks>
/// <para>Built-in invariants, always checked: <c>CanX</c> predicts <c>X</c>; a successful step leaves the opportunity
/// in a stage of the process; after a successful stage change, closed and won follow the stage's flags (never its
/// name or probability); a successful step returns the opportunity exactly one <see cref="Opportunity.Version"/> later
/// and a refused one leaves it unchanged. Add your own with <see cref="Invariant(string, Func{Opportunity, OpportunityStep, Opportunity, bool})"/>.</para>
/// <para>Immutable: <see cref="Invariant(string, Func{Opportunity, OpportunityStep, Opportunity, bool})"/> returns a
/// new runner. Usage inside an FsCheck property:
/// <c>Prop.ForAll(LifecycleArbitraries.OpportunitySteps(process), steps => runner.Run(opportunity, steps).ShouldHoldInvariants())</c>.</para>
/// </remarks>
public sealed class OpportunityRunner
{
    private readonly StepCheck<Opportunity, OpportunityStep>[] _checks;

    /// <summary>Initializes a runner over a workflow.</summary>
    /// <param name="workflow">The workflow the verbs go through.</param>
    public OpportunityRunner(OpportunityWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        Workflow = workflow;
        _checks = [.. BuiltIn(workflow.Process)];
    }

    private OpportunityRunner(OpportunityRunner runner, StepCheck<Opportunity, OpportunityStep> check)
    {
        Workflow = runner.Workflow;
        _checks = [.. runner._checks, check];
    }

    /// <summary>Gets the workflow the verbs go through.</summary>
    public OpportunityWorkflow Workflow { get; }

    /// <summary>Gets the names of the invariants checked after every step, built-in ones first.</summary>
    public IReadOnlyList<string> InvariantNames => [.. _checks.Select(c => c.Name)];

    /// <summary>Returns a runner that also checks an invariant over the opportunity before a step, the step, and the
    /// opportunity after it (the same opportunity when the step was refused).</summary>
    /// <param name="name">The invariant's name, shown when it breaks, e.g. "no won deal without amount".</param>
    /// <param name="holds">Returns true when the invariant holds.</param>
    /// <returns>A new runner with the invariant added.</returns>
    public OpportunityRunner Invariant(string name, Func<Opportunity, OpportunityStep, Opportunity, bool> holds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(holds);
        return new OpportunityRunner(this, TraceRunner.User(name, holds));
    }

    /// <summary>Returns a runner that also checks an invariant over a whole trace entry (result, event, records).</summary>
    /// <param name="name">The invariant's name, shown when it breaks.</param>
    /// <param name="holds">Returns true when the invariant holds.</param>
    /// <returns>A new runner with the invariant added.</returns>
    public OpportunityRunner Invariant(string name, Func<TraceEntry<Opportunity, OpportunityStep>, bool> holds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(holds);
        return new OpportunityRunner(this, TraceRunner.User(name, holds));
    }

    /// <summary>Applies the steps in order, each to the opportunity the previous one left, checking every invariant
    /// after every step; stops at the first step that breaks one.</summary>
    /// <param name="opportunity">The opportunity to start from, e.g. one created by the workflow.</param>
    /// <param name="steps">The steps.</param>
    /// <returns>The trace of the run.</returns>
    public RunTrace<Opportunity, OpportunityStep> Run(Opportunity opportunity, IEnumerable<OpportunityStep> steps) =>
        TraceRunner.Run(opportunity, steps, (step, current) => step.Apply(Workflow, current), _checks, Describe);

    private static string Describe(Opportunity opportunity) =>
        $"\"{opportunity.Stage}\"{(opportunity.IsWon ? " (won)" : opportunity.IsClosed ? " (closed)" : string.Empty)}";

    private static IEnumerable<StepCheck<Opportunity, OpportunityStep>> BuiltIn(SalesProcess process)
    {
        yield return TraceRunner.CanAgreesWithVerb<Opportunity, OpportunityStep>();
        yield return new("a successful step leaves the opportunity in a stage of its process", entry =>
            entry.Succeeded && process.FindStage(entry.After.Stage) is null ? $"the opportunity is in \"{entry.After.Stage}\", which process '{process.Name}' does not have" : null);
        yield return new("closed and won follow the stage", entry =>
            entry.Succeeded && entry.After.Stage != entry.Before.Stage && process.FindStage(entry.After.Stage) is { } stage
                && (stage.IsClosed != entry.After.IsClosed || stage.IsWon != entry.After.IsWon)
                ? $"stage \"{stage.Name}\" is closed={stage.IsClosed}, won={stage.IsWon}, the opportunity closed={entry.After.IsClosed}, won={entry.After.IsWon}"
                : null);
        yield return new(VersionChecks.StepName, entry => VersionChecks.Step(entry.Before.Version, entry.After.Version, entry.Succeeded));
    }
}
