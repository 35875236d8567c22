namespace LeadLifecycle.Errors;

/// <summary>Recycling starts from a closed (disqualified) status, and the lead is in an open one
/// (<see cref="ErrorCodes.RecycleRequiresDisqualifiedStatus"/>).</summary>
public sealed class RecycleRequiresDisqualifiedStatusError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="RecycleRequiresDisqualifiedStatusError"/> class.</summary>
    /// <param name="fromStatus">The status the lead is in.</param>
    /// <param name="toStatus">The status asked for.</param>
    public RecycleRequiresDisqualifiedStatusError(string fromStatus, string? toStatus)
        : base(ErrorCodes.RecycleRequiresDisqualifiedStatus, $"Recycling starts from a closed (disqualified) status, and '{fromStatus}' is not one: disqualify the lead first, or move it with MoveTo.")
    {
        FromStatus = fromStatus;
        ToStatus = toStatus;
        AddMetadata(
            (nameof(FromStatus), FromStatus),
            (nameof(ToStatus), ToStatus));
    }

    /// <summary>Gets the status the lead is in.</summary>
    public string FromStatus { get; }

    /// <summary>Gets the status asked for.</summary>
    public string? ToStatus { get; }
}
