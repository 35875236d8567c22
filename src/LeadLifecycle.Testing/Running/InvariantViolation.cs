namespace LeadLifecycle.Testing;

/// <summary>An invariant that did not hold after a step of a run.</summary>
/// <param name="Invariant">The invariant's name.</param>
/// <param name="StepIndex">The index of the step after which it did not hold.</param>
/// <param name="Step">The step, as it prints.</param>
/// <param name="Detail">What was seen, e.g. what <c>CanX</c> answered and what the verb did.</param>
public sealed record InvariantViolation(string Invariant, int StepIndex, string Step, string Detail)
{
    /// <summary>Gets the violation in one line.</summary>
    /// <returns>The invariant, the step and the detail.</returns>
    public override string ToString() => $"'{Invariant}' broken by step #{StepIndex} {Step}: {Detail}";
}
