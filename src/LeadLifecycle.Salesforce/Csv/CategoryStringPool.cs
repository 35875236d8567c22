using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns CSV fields into strings, sharing one string per distinct value where values repeat (picklist-like
/// columns such as status, lead source, rating, industry, city, state or country, and repeated titles or custom values),
/// and allocating a new one elsewhere.</summary>
/// <remarks>Each text or custom column has a small direct-mapped cache of <see cref="SlotsPerColumn"/> strings of up
/// to <see cref="MaximumLength"/> characters, indexed by a cheap hash of the field's text: a field equal to the cached
/// string of its slot reuses it, any other replaces it. Exports repeat a handful of values in picklist-like columns over
/// millions of rows, so those hit nearly always; in unique columns (ids, names, emails) a miss costs a few comparisons.
/// Memory stays bounded. Not thread-safe: one per thread.</remarks>
internal sealed class CategoryStringPool : SepToString
{
    private const int SlotsPerColumn = 256;
    private const int MaximumLength = 64;

    private string?[]?[] _slots = [];

    /// <summary>Starts pooling the given columns (until then, nothing is pooled).</summary>
    public void UseFor(bool[] pooled)
    {
        _slots = new string?[]?[pooled.Length];
        for (var i = 0; i < pooled.Length; i++)
        {
            if (pooled[i])
            {
                _slots[i] = new string?[SlotsPerColumn];
            }
        }
    }

    public override string ToString(ReadOnlySpan<char> colSpan, int colIndex)
    {
        if (colSpan.IsEmpty)
        {
            return string.Empty;
        }

        if ((uint)colIndex >= (uint)_slots.Length || _slots[colIndex] is not { } slots || colSpan.Length > MaximumLength)
        {
            return new string(colSpan);
        }

        var length = colSpan.Length;
        var hash = (uint)length;
        hash = (hash * 31) + colSpan[0];
        hash = (hash * 31) + colSpan[length - 1];
        hash = (hash * 31) + colSpan[length >> 1];
        hash = (hash * 31) + colSpan[length >> 2];
        hash = (hash * 31) + colSpan[(length * 3) >> 2];
        hash ^= hash >> 11;
        hash ^= hash >> 5;
        ref var slot = ref slots[hash & (SlotsPerColumn - 1)];
        if (slot is { } cached && colSpan.SequenceEqual(cached))
        {
            return cached;
        }

        return slot = new string(colSpan);
    }
}
