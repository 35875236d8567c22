namespace LeadLifecycle.Errors;

/// <summary>A replayed event belongs to another lead than the one being rebuilt
/// (<see cref="ErrorCodes.EventForAnotherRecord"/>).</summary>
public sealed class EventForAnotherLeadError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="EventForAnotherLeadError"/> class.</summary>
    /// <param name="index">The zero-based position of the event in the replayed sequence.</param>
    /// <param name="expectedLeadId">The lead being rebuilt.</param>
    /// <param name="actualLeadId">The lead the event belongs to.</param>
    public EventForAnotherLeadError(int index, LeadId expectedLeadId, LeadId actualLeadId)
        : base(ErrorCodes.EventForAnotherRecord, $"Event {index} belongs to lead '{actualLeadId}', not to lead '{expectedLeadId}': replay only the lead's own events.")
    {
        Index = index;
        ExpectedLeadId = expectedLeadId;
        ActualLeadId = actualLeadId;
        AddMetadata(
            (nameof(Index), Index),
            (nameof(ExpectedLeadId), ExpectedLeadId),
            (nameof(ActualLeadId), ActualLeadId));
    }

    /// <summary>Gets the zero-based position of the event in the replayed sequence.</summary>
    public int Index { get; }

    /// <summary>Gets the lead being rebuilt.</summary>
    public LeadId ExpectedLeadId { get; }

    /// <summary>Gets the lead the event belongs to.</summary>
    public LeadId ActualLeadId { get; }
}
