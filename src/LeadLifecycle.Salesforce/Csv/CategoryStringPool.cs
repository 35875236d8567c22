using System.Runtime.InteropServices;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns CSV fields into strings, sharing one string per distinct value where values repeat (picklist-like
/// columns such as status, lead source, rating, industry, city, state or country, and repeated titles or custom values),
/// and allocating a new one elsewhere.</summary>
/// <remarks>Each text or custom column has a small direct-mapped cache of <see cref="SlotsPerColumn"/> strings of up
/// to <see cref="MaximumLength"/> characters, indexed by a cheap hash of the field's text: a field equal to the cached
/// string of its slot reuses it, any other replaces it. Exports repeat a handful of values in picklist-like columns over
/// millions of rows, so those hit nearly always. A column whose first <see cref="TrialLookups"/> values hit less than a
/// quarter of the time (ids, names, emails, descriptions) stops being pooled: there a cache only costs comparisons, and
/// its strings, held until replaced, would outlive a gen-0 collection and be copied into gen 1 for nothing. Which column
/// is pooled changes which equal strings are shared, never a value. Memory stays bounded. Not thread-safe: one per
/// thread.</remarks>
internal sealed class CategoryStringPool : SepToString
{
    private const int SlotsPerColumn = 256;
    private const int MaximumLength = 64;

    /// <summary>The values of a column looked up before its hit rate decides whether it stays pooled.</summary>
    private const int TrialLookups = 2048;

    private string?[]?[] _slots = [];
    private int[] _lookups = [];
    private int[] _hits = [];

    /// <summary>Starts pooling the given columns (until then, nothing is pooled).</summary>
    public void UseFor(bool[] pooled)
    {
        _slots = new string?[]?[pooled.Length];
        _lookups = new int[pooled.Length];
        _hits = new int[pooled.Length];
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

        ref var slot = ref slots[Slot(colSpan)];
        var trial = _lookups[colIndex] < TrialLookups;
        if (slot is { } cached && colSpan.SequenceEqual(cached))
        {
            if (trial)
            {
                _lookups[colIndex]++;
                _hits[colIndex]++;
            }

            return cached;
        }

        if (trial && ++_lookups[colIndex] == TrialLookups && _hits[colIndex] * 4 < TrialLookups)
        {
            _slots[colIndex] = null;
            return new string(colSpan);
        }

        return slot = new string(colSpan);
    }

    /// <summary>The slot of a value: its length and first and last four characters, mixed by two multiplications that run
    /// side by side (cheaper than a hash over every character, and enough to tell a column's few repeated values apart).</summary>
    private static int Slot(ReadOnlySpan<char> text)
    {
        ulong head, tail;
        if (text.Length >= 4)
        {
            head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text));
            tail = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text[^4..]));
        }
        else
        {
            head = text[0];
            tail = ((ulong)text[^1] << 16) | text[text.Length >> 1];
        }

        var mixed = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)text.Length << 56);
        return (int)(mixed >> 56) & (SlotsPerColumn - 1);
    }
}
