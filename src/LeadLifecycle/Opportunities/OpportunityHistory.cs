using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace LeadLifecycle.Opportunities;

/// <summary>The append-only history of an opportunity: a row whenever its stage, amount, probability or close date
/// changed, oldest first.</summary>
/// <remarks>
/// Immutable, with value equality, so opportunities compare by content. Rows are only ever appended; the times of
/// the rows are expected in order. Time in stage is measured from the rows: each row's stage lasts until the next
/// row, and the last one until the time asked about.
/// </remarks>
[CollectionBuilder(typeof(OpportunityHistory), nameof(Create))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after Salesforce's OpportunityHistory.")]
public sealed class OpportunityHistory : IReadOnlyList<OpportunityHistoryEntry>, IEquatable<OpportunityHistory>
{
    private readonly ImmutableArray<OpportunityHistoryEntry> _entries;

    private OpportunityHistory(ImmutableArray<OpportunityHistoryEntry> entries) => _entries = entries;

    /// <summary>Gets the empty history.</summary>
    public static OpportunityHistory Empty { get; } = new(ImmutableArray<OpportunityHistoryEntry>.Empty);

    /// <summary>Gets the number of rows.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the latest row, or null when the history is empty.</summary>
    public OpportunityHistoryEntry? Latest => _entries.IsEmpty ? null : _entries[^1];

    /// <summary>Gets a row by position, oldest first.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The row.</returns>
    public OpportunityHistoryEntry this[int index] => _entries[index];

    /// <summary>Creates a history from rows, oldest first, e.g. when loading a stored opportunity.</summary>
    /// <param name="entries">The rows.</param>
    /// <returns>The history.</returns>
    public static OpportunityHistory Create(ReadOnlySpan<OpportunityHistoryEntry> entries)
    {
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
        }

        return entries.IsEmpty ? Empty : new([.. entries]);
    }

    /// <summary>Returns a copy with one more row at the end.</summary>
    /// <param name="entry">The row.</param>
    /// <returns>The longer history.</returns>
    public OpportunityHistory Append(OpportunityHistoryEntry entry) => new(_entries.Add(Preconditions.NotNull(entry)));

    /// <summary>Sums the time spent in each stage up to a moment, in the order the stages were first entered.</summary>
    /// <remarks>The durations add up to the time from the first row to <paramref name="asOf"/>; a row later than
    /// <paramref name="asOf"/> counts as zero.</remarks>
    /// <param name="asOf">The moment to measure to, usually now.</param>
    /// <returns>The time per stage; empty for an empty history.</returns>
    public IReadOnlyDictionary<string, TimeSpan> GetTimeInStages(DateTimeOffset asOf)
    {
        var totals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < _entries.Length; i++)
        {
            var end = i + 1 < _entries.Length ? _entries[i + 1].ChangedAt : asOf;
            var span = end - _entries[i].ChangedAt;
            var stage = _entries[i].Stage;
            if (!totals.TryGetValue(stage, out var total))
            {
                order.Add(stage);
                total = TimeSpan.Zero;
            }

            totals[stage] = total + (span > TimeSpan.Zero ? span : TimeSpan.Zero);
        }

        return order.ToDictionary(s => s, s => totals[s], StringComparer.Ordinal).AsReadOnly();
    }

    /// <summary>Measures how long the opportunity has been in its latest stage, since it entered it.</summary>
    /// <remarks>Rows that only changed the amount, probability or close date do not restart the clock.</remarks>
    /// <param name="asOf">The moment to measure to, usually now.</param>
    /// <returns>The time in the latest stage, or null for an empty history.</returns>
    public TimeSpan? GetTimeInCurrentStage(DateTimeOffset asOf)
    {
        if (_entries.IsEmpty)
        {
            return null;
        }

        var stage = _entries[^1].Stage;
        var entered = _entries.Length - 1;
        while (entered > 0 && string.Equals(_entries[entered - 1].Stage, stage, StringComparison.Ordinal))
        {
            entered--;
        }

        var span = asOf - _entries[entered].ChangedAt;
        return span > TimeSpan.Zero ? span : TimeSpan.Zero;
    }

    /// <summary>Returns an enumerator over the rows, oldest first.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<OpportunityHistoryEntry> GetEnumerator() => ((IEnumerable<OpportunityHistoryEntry>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_entries).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(OpportunityHistory? other) =>
        other is not null && (ReferenceEquals(this, other) || _entries.AsSpan().SequenceEqual(other._entries.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OpportunityHistory);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var entry in _entries)
        {
            hash.Add(entry);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the history by its length.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"OpportunityHistory ({Count} rows)";
}
