namespace LeadLifecycle.Errors;

/// <summary>A record was changed by someone else since it was read: its stored version is no longer the one the verb
/// started from (<see cref="ErrorCodes.ConcurrencyConflict"/>).</summary>
/// <remarks>The library's verbs never return it: a store returns it when it compares <c>Version</c> before saving
/// (LeadLifecycle.EntityFrameworkCore does), and nothing of the save is kept. Every property is also an entry of
/// <c>Metadata</c> keyed by its name.</remarks>
public sealed class ConcurrencyConflictError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictError"/> class.</summary>
    /// <param name="recordType">The record's type: <c>Lead</c>, <c>Account</c>, <c>Contact</c> or <c>Opportunity</c>.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="expectedVersion">The version the change started from, which the stored record no longer has.</param>
    public ConcurrencyConflictError(string recordType, string recordId, long expectedVersion)
        : base(ErrorCodes.ConcurrencyConflict, $"{recordType} {recordId} was changed or removed since version {expectedVersion} was read: read it again, apply the change to the stored record and save that.")
    {
        RecordType = recordType;
        RecordId = recordId;
        ExpectedVersion = expectedVersion;
        AddMetadata((nameof(RecordType), RecordType), (nameof(RecordId), RecordId), (nameof(ExpectedVersion), ExpectedVersion));
    }

    /// <summary>Gets the record's type: <c>Lead</c>, <c>Account</c>, <c>Contact</c> or <c>Opportunity</c>.</summary>
    public string RecordType { get; }

    /// <summary>Gets the record's id.</summary>
    public string RecordId { get; }

    /// <summary>Gets the version the change started from, which the stored record no longer has.</summary>
    public long ExpectedVersion { get; }
}
