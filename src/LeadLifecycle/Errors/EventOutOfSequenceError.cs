namespace LeadLifecycle.Errors;

/// <summary>A replayed event does not start where the record is (<see cref="ErrorCodes.EventOutOfSequence"/>).</summary>
public sealed class EventOutOfSequenceError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="EventOutOfSequenceError"/> class.</summary>
    /// <param name="index">The zero-based position of the event in the replayed sequence.</param>
    /// <param name="expectedFrom">The status or stage the record is in.</param>
    /// <param name="actualFrom">The status or stage the event starts from.</param>
    public EventOutOfSequenceError(int index, string expectedFrom, string actualFrom)
        : base(ErrorCodes.EventOutOfSequence, $"Event {index} starts from '{actualFrom}', but the record is in '{expectedFrom}'.")
    {
        Index = index;
        ExpectedFrom = expectedFrom;
        ActualFrom = actualFrom;
        AddMetadata((nameof(Index), Index), (nameof(ExpectedFrom), ExpectedFrom), (nameof(ActualFrom), ActualFrom));
    }

    /// <summary>Gets the zero-based position of the event in the replayed sequence.</summary>
    public int Index { get; }

    /// <summary>Gets the status or stage the record is in.</summary>
    public string ExpectedFrom { get; }

    /// <summary>Gets the status or stage the event starts from.</summary>
    public string ActualFrom { get; }
}
