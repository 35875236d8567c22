namespace LeadLifecycle.Testing;

/// <summary>An invariant checked after every step: null when it holds, else what was seen.</summary>
internal sealed record StepCheck<TRecord, TStep>(string Name, Func<TraceEntry<TRecord, TStep>, string?> Check)
    where TRecord : class
    where TStep : class;

/// <summary>The run loop shared by <see cref="LeadRunner"/> and <see cref="OpportunityRunner"/>.</summary>
internal static class TraceRunner
{
    public static RunTrace<TRecord, TStep> Run<TRecord, TStep>(
        TRecord initial,
        IEnumerable<TStep> steps,
        Func<TStep, TRecord, StepOutcome<TRecord>> apply,
        IReadOnlyList<StepCheck<TRecord, TStep>> checks,
        Func<TRecord, string> describe)
        where TRecord : class
        where TStep : class
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(steps);
        var entries = new List<TraceEntry<TRecord, TStep>>();
        var violations = new List<InvariantViolation>();
        var record = initial;
        foreach (var step in steps)
        {
            ArgumentNullException.ThrowIfNull(step, nameof(steps));
            var entry = new TraceEntry<TRecord, TStep>(entries.Count, step, apply(step, record), record, describe);
            entries.Add(entry);
            foreach (var check in checks)
            {
                string? detail;
                try
                {
                    detail = check.Check(entry);
                }
#pragma warning disable CA1031 // A user's invariant that throws is reported as broken, with the exception.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    detail = $"the invariant threw {exception.GetType().Name}: {exception.Message}";
                }

                if (detail is not null)
                {
                    violations.Add(new InvariantViolation(check.Name, entry.Index, step.ToString() ?? string.Empty, detail));
                }
            }

            if (violations.Count > 0)
            {
                break;
            }

            record = entry.After;
        }

        return new RunTrace<TRecord, TStep>(initial, entries, violations, describe);
    }

    /// <summary>The built-in check that <c>CanX</c> predicted <c>X</c>.</summary>
    public static StepCheck<TRecord, TStep> CanAgreesWithVerb<TRecord, TStep>()
        where TRecord : class
        where TStep : class =>
        new(
            "CanX agrees with X",
            entry => entry.CanAnswer is { } can && can != entry.Succeeded
                ? $"CanX answered {(can ? "true" : "false")}, but the verb {(entry.Succeeded ? "succeeded" : "failed: " + ResultText.Summary(entry.Result.Errors))}"
                : null);

    /// <summary>A user's invariant over the record before, the step and the record after.</summary>
    public static StepCheck<TRecord, TStep> User<TRecord, TStep>(string name, Func<TRecord, TStep, TRecord, bool> holds)
        where TRecord : class
        where TStep : class =>
        new(name, entry => holds(entry.Before, entry.Step, entry.After) ? null : "returned false");

    /// <summary>A user's invariant over the whole trace entry.</summary>
    public static StepCheck<TRecord, TStep> User<TRecord, TStep>(string name, Func<TraceEntry<TRecord, TStep>, bool> holds)
        where TRecord : class
        where TStep : class =>
        new(name, entry => holds(entry) ? null : "returned false");
}
