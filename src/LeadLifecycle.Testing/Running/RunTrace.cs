using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Testing;

/// <summary>What a run of steps did: every step with its result, event and records, and the invariants it broke.</summary>
/// <remarks>A run stops at the first step after which an invariant does not hold: the steps after it are not
/// applied, so the trace ends at the evidence.</remarks>
/// <typeparam name="TRecord">The record type: a lead or an opportunity.</typeparam>
/// <typeparam name="TStep">The step type: <see cref="LeadStep"/> or <see cref="OpportunityStep"/>.</typeparam>
public sealed class RunTrace<TRecord, TStep>
    where TRecord : class
    where TStep : class
{
    private readonly Func<TRecord, string> _describe;

    internal RunTrace(TRecord initial, IReadOnlyList<TraceEntry<TRecord, TStep>> entries, IReadOnlyList<InvariantViolation> violations, Func<TRecord, string> describe)
    {
        Initial = initial;
        Entries = entries;
        Violations = violations;
        _describe = describe;
    }

    /// <summary>Gets the record the run started from.</summary>
    public TRecord Initial { get; }

    /// <summary>Gets the record after the last applied step (<see cref="Initial"/> when no step was applied).</summary>
    public TRecord Final => Entries.Count == 0 ? Initial : Entries[^1].After;

    /// <summary>Gets the applied steps, in order.</summary>
    public IReadOnlyList<TraceEntry<TRecord, TStep>> Entries { get; }

    /// <summary>Gets the invariants that did not hold (empty when all held).</summary>
    public IReadOnlyList<InvariantViolation> Violations { get; }

    /// <summary>Gets a value indicating whether every invariant held after every step.</summary>
    public bool HoldsInvariants => Violations.Count == 0;

    /// <summary>Asserts that every invariant held, for any test framework.</summary>
    /// <returns>This trace, to go on asserting.</returns>
    /// <exception cref="LifecycleAssertionException">An invariant did not hold; the message shows the trace.</exception>
    public RunTrace<TRecord, TStep> ShouldHoldInvariants()
    {
        if (!HoldsInvariants)
        {
            throw new LifecycleAssertionException(ToString());
        }

        return this;
    }

    /// <summary>Gets the outcome as an FsCheck property, labelled with the trace when it fails.</summary>
    /// <returns>A property that holds when every invariant held.</returns>
    public Property ToProperty() => Prop.Label(HoldsInvariants, ToString());

    /// <summary>Gets the trace: the start, one line per step, and the broken invariants.</summary>
    /// <returns>Several lines.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(HoldsInvariants ? "Every invariant held" : "Invariant broken")
            .Append(" in a run of ").Append(Entries.Count).Append(Entries.Count == 1 ? " step" : " steps")
            .Append(" from ").Append(_describe(Initial)).Append(':');
        foreach (var entry in Entries)
        {
            text.AppendLine().Append("  ").Append(entry);
        }

        foreach (var violation in Violations)
        {
            text.AppendLine().Append(violation);
        }

        return text.ToString();
    }
}
