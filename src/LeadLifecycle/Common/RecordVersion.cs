namespace LeadLifecycle;

/// <summary>The one rule for <c>Version</c>, the optimistic concurrency token of leads, accounts, contacts and
/// opportunities: a new record's first version, and the version after a change.</summary>
internal static class RecordVersion
{
    /// <summary>The version of a record made by <c>Create</c> or by a conversion.</summary>
    public const long First = 1;

    /// <summary>The version of a record after a successful verb: one more than before. A token compared for
    /// equality, so it wraps (unchecked) rather than throw on a hostile <see cref="long.MaxValue"/>.</summary>
    public static long Next(long version) => unchecked(version + 1);
}
