using FluentResults;

namespace LeadLifecycle.Testing;

/// <summary>One step of a run: the step, what its verb returned, its event, and the record before and after.</summary>
/// <typeparam name="TRecord">The record type: a lead or an opportunity.</typeparam>
/// <typeparam name="TStep">The step type: <see cref="LeadStep"/> or <see cref="OpportunityStep"/>.</typeparam>
public sealed class TraceEntry<TRecord, TStep>
    where TRecord : class
    where TStep : class
{
    private readonly Func<TRecord, string> _describe;

    internal TraceEntry(int index, TStep step, StepOutcome<TRecord> outcome, TRecord before, Func<TRecord, string> describe)
    {
        Index = index;
        Step = step;
        Result = outcome.Result;
        Event = outcome.Event;
        CanAnswer = outcome.CanAnswer;
        Before = before;
        After = outcome.After;
        _describe = describe;
    }

    /// <summary>Gets the step's position in the sequence, from 0.</summary>
    public int Index { get; }

    /// <summary>Gets the step.</summary>
    public TStep Step { get; }

    /// <summary>Gets what the verb returned: a successful change, or the refusal with its errors.</summary>
    public IResultBase Result { get; }

    /// <summary>Gets a value indicating whether the verb succeeded.</summary>
    public bool Succeeded => Result.IsSuccess;

    /// <summary>Gets the event the verb recorded; null when it was refused or records none (an email edit).</summary>
    public ILifecycleEvent? Event { get; }

    /// <summary>Gets what the verb's <c>CanX</c> answered just before the call; null when the step has none.</summary>
    public bool? CanAnswer { get; }

    /// <summary>Gets the record the step was applied to.</summary>
    public TRecord Before { get; }

    /// <summary>Gets the record after the step: the changed record, or <see cref="Before"/> when the verb refused.</summary>
    public TRecord After { get; }

    /// <summary>Gets the step, its outcome and the record's state, e.g. <c>#2 MoveTo("Working"): Open -> Working</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() =>
        Succeeded
            ? $"#{Index} {Step}: {_describe(Before)} -> {_describe(After)}{(Event is null ? string.Empty : " (" + Event.GetType().Name + ")")}"
            : $"#{Index} {Step}: refused at {_describe(Before)} ({ResultText.Summary(Result.Errors)})";
}
