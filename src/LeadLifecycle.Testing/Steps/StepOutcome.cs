using FluentResults;

namespace LeadLifecycle.Testing;

/// <summary>What applying one step gave: the verb's result, the record after it (the record before when refused),
/// its event, and what the verb's <c>CanX</c> answered beforehand (null when the step has no <c>CanX</c>).</summary>
internal readonly record struct StepOutcome<TRecord>(IResultBase Result, TRecord After, ILifecycleEvent? Event, bool? CanAnswer)
{
    /// <summary>The outcome of a verb that returns an <see cref="IRecordChange{TRecord}"/>.</summary>
    public static StepOutcome<TRecord> Of<TChange>(TRecord before, Result<TChange> result, bool? canAnswer)
        where TChange : IRecordChange<TRecord> =>
        result.IsSuccess
            ? new(result, result.Value.Record, result.Value.LifecycleEvent, canAnswer)
            : new(result, before, null, canAnswer);
}
