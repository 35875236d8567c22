using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns CSV fields into strings, sharing one string per distinct value in the picklist-like columns
/// (status, lead source, rating, industry, salutation, owner, address parts but the street) and allocating a new one
/// elsewhere.</summary>
/// <remarks>Exports repeat a handful of values in those columns over millions of rows, so pooling them saves most of
/// their allocations; pooling unique columns (ids, names, emails) would cost more than it saves. Each pool keeps at
/// most <see cref="MaximumValuesPerColumn"/> values of up to <see cref="MaximumLength"/> characters. Not thread-safe:
/// one per reader.</remarks>
internal sealed class CategoryStringPool : SepToString
{
    private const int MaximumValuesPerColumn = 1024;
    private const int MaximumLength = 64;

    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?[] _pools = [];

    /// <summary>Starts pooling the picklist-like columns among the given ones (until then, nothing is pooled).</summary>
    public void UseFor(LeadField[] fields)
    {
        _pools = new Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (IsCategory(fields[i]))
            {
                _pools[i] = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }
    }

    public override string ToString(ReadOnlySpan<char> colSpan, int colIndex)
    {
        if (colSpan.IsEmpty)
        {
            return string.Empty;
        }

        if ((uint)colIndex >= (uint)_pools.Length || _pools[colIndex] is not { } pool || colSpan.Length > MaximumLength)
        {
            return new string(colSpan);
        }

        if (pool.TryGetValue(colSpan, out var value))
        {
            return value;
        }

        value = new string(colSpan);
        if (pool.Dictionary.Count < MaximumValuesPerColumn)
        {
            pool.Dictionary.Add(value, value);
        }

        return value;
    }

    private static bool IsCategory(LeadField field) => field is LeadField.Salutation or LeadField.Status or LeadField.LeadSource
        or LeadField.Rating or LeadField.Industry or LeadField.OwnerId or LeadField.CampaignId or LeadField.City
        or LeadField.State or LeadField.Country;
}
