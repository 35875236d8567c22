using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

/// <summary>Applies sequences of <see cref="LeadStep"/>s to a lead through your <see cref="LeadWorkflow"/> (and
/// <see cref="LeadConverter"/>) and checks invariants after every step: a model-based test in one line.</summary>
/// <remarks>
/// <para>Built-in invariants, always checked: <c>CanX</c> predicts <c>X</c> (the library's promise: a
/// <c>CanX</c> answer agrees with the verb's success); a successful step leaves the lead in a status of the process;
/// only a conversion converts a lead; a converted lead stays converted; a successful step returns the lead exactly one
/// <see cref="Lead.Version"/> later and a refused one leaves it unchanged (an email edit of an open lead is not a verb
/// and is not versioned); a conversion's account, contact and opportunity are new at version 1 or one version after
/// the existing record of the request. Add your own with <see cref="Invariant(string, Func{Lead, LeadStep, Lead, bool})"/>.</para>
/// <para>Immutable: <see cref="Invariant(string, Func{Lead, LeadStep, Lead, bool})"/> returns a new runner, so one
/// runner can be shared by the properties of a test class. Usage inside an FsCheck property:
/// <c>Prop.ForAll(LifecycleArbitraries.LeadSteps(process), steps => runner.Run(lead, steps).ShouldHoldInvariants())</c>.</para>
/// </remarks>
public sealed class LeadRunner
{
    private readonly StepCheck<Lead, LeadStep>[] _checks;

    /// <summary>Initializes a runner over a workflow and, for <see cref="LeadStep.Convert"/> steps, a converter.</summary>
    /// <param name="workflow">The workflow the lead verbs go through.</param>
    /// <param name="converter">The converter conversion steps go through (built with the same lead process); null
    /// when the steps contain no conversion.</param>
    public LeadRunner(LeadWorkflow workflow, LeadConverter? converter = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        Workflow = workflow;
        Converter = converter;
        _checks = [.. BuiltIn(workflow.Process)];
    }

    private LeadRunner(LeadRunner runner, StepCheck<Lead, LeadStep> check)
    {
        Workflow = runner.Workflow;
        Converter = runner.Converter;
        _checks = [.. runner._checks, check];
    }

    /// <summary>Gets the workflow the lead verbs go through.</summary>
    public LeadWorkflow Workflow { get; }

    /// <summary>Gets the converter conversion steps go through; null when none was given.</summary>
    public LeadConverter? Converter { get; }

    /// <summary>Gets the names of the invariants checked after every step, built-in ones first.</summary>
    public IReadOnlyList<string> InvariantNames => [.. _checks.Select(c => c.Name)];

    /// <summary>Returns a runner that also checks an invariant over the lead before a step, the step, and the lead
    /// after it (the same lead when the step was refused).</summary>
    /// <param name="name">The invariant's name, shown when it breaks, e.g. "no converted lead without email".</param>
    /// <param name="holds">Returns true when the invariant holds.</param>
    /// <returns>A new runner with the invariant added.</returns>
    public LeadRunner Invariant(string name, Func<Lead, LeadStep, Lead, bool> holds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(holds);
        return new LeadRunner(this, TraceRunner.User(name, holds));
    }

    /// <summary>Returns a runner that also checks an invariant over a whole trace entry (result, event, records).</summary>
    /// <param name="name">The invariant's name, shown when it breaks.</param>
    /// <param name="holds">Returns true when the invariant holds.</param>
    /// <returns>A new runner with the invariant added.</returns>
    public LeadRunner Invariant(string name, Func<TraceEntry<Lead, LeadStep>, bool> holds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(holds);
        return new LeadRunner(this, TraceRunner.User(name, holds));
    }

    /// <summary>Applies the steps in order, each to the lead the previous one left, checking every invariant after
    /// every step; stops at the first step that breaks one.</summary>
    /// <param name="lead">The lead to start from, e.g. one created by the workflow.</param>
    /// <param name="steps">The steps.</param>
    /// <returns>The trace of the run.</returns>
    /// <exception cref="InvalidOperationException">A <see cref="LeadStep.Convert"/> step came and the runner has no
    /// converter.</exception>
    public RunTrace<Lead, LeadStep> Run(Lead lead, IEnumerable<LeadStep> steps) =>
        TraceRunner.Run(lead, steps, (step, current) => step.Apply(Workflow, Converter, current), _checks, Describe);

    private static string Describe(Lead lead) => lead.IsConverted ? $"\"{lead.Status}\" (converted)" : $"\"{lead.Status}\"";

    private static IEnumerable<StepCheck<Lead, LeadStep>> BuiltIn(LeadProcess process)
    {
        yield return TraceRunner.CanAgreesWithVerb<Lead, LeadStep>();
        yield return new("a successful step leaves the lead in a status of its process", entry =>
            entry.Succeeded && process.FindStatus(entry.After.Status) is null ? $"the lead is in \"{entry.After.Status}\", which process '{process.Name}' does not have" : null);
        yield return new("only a conversion converts a lead", entry =>
            entry.After.IsConverted && !entry.Before.IsConverted && entry.Step is not LeadStep.Convert ? "the lead is converted" : null);
        yield return new("a converted lead stays converted", entry =>
            entry.Before.IsConverted && !entry.After.IsConverted ? "the lead is no longer converted" : null);

        // An email edit of an open lead is not a verb: the app saves it, the library does not version it.
        yield return new(VersionChecks.StepName, entry =>
            entry.Step is LeadStep.SetEmail && !entry.Before.IsConverted ? null : VersionChecks.Step(entry.Before.Version, entry.After.Version, entry.Succeeded));
        yield return new(VersionChecks.ConversionName, entry =>
            entry.Step is LeadStep.Convert convert ? VersionChecks.Conversion(convert.Request, entry.Result) : null);
    }
}
