using System.Collections;
using System.Collections.Immutable;

namespace LeadLifecycle;

/// <summary>The custom field values of a record (Salesforce <c>Field__c</c> values), keyed by API name.</summary>
/// <remarks>
/// Immutable, with value equality, so records that hold it compare by content. Names compare case-insensitively,
/// as Salesforce API names do. Values are kept as text; an empty or null value removes the field.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after the domain concept, as Salesforce names it.")]
public sealed class CustomFields : IReadOnlyDictionary<string, string>, IEquatable<CustomFields>
{
    private readonly ImmutableSortedDictionary<string, string> _values;

    private CustomFields(ImmutableSortedDictionary<string, string> values) => _values = values;

    /// <summary>Gets the empty set of custom fields.</summary>
    public static CustomFields Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the number of fields that hold a value.</summary>
    public int Count => _values.Count;

    /// <summary>Gets the field names.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Gets the field values.</summary>
    public IEnumerable<string> Values => _values.Values;

    /// <summary>Gets the value of a field.</summary>
    /// <param name="key">The field's API name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The field holds no value.</exception>
    public string this[string key] => _values[key];

    /// <summary>Creates custom fields from name and value pairs; empty values are left out.</summary>
    /// <param name="values">The pairs; a later pair wins over an earlier one with the same name.</param>
    /// <returns>The custom fields.</returns>
    public static CustomFields From(IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = Empty;
        foreach (var (key, value) in values)
        {
            result = result.With(key, value);
        }

        return result;
    }

    /// <summary>Returns a copy with a field set, or removed when the value is null or empty.</summary>
    /// <param name="name">The field's API name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The changed copy.</returns>
    public CustomFields With(string name, string? value)
    {
        Preconditions.NotBlank(name);
        return new(string.IsNullOrEmpty(value) ? _values.Remove(name) : _values.SetItem(name, value));
    }

    /// <summary>Gets the value of a field, or null when it holds none.</summary>
    /// <param name="name">The field's API name.</param>
    /// <returns>The value or null.</returns>
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(CustomFields? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _values)
        {
            if (!other._values.TryGetValue(key, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CustomFields);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in _values)
        {
            hash.Add(key, StringComparer.OrdinalIgnoreCase);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the fields as <c>Name=Value</c> pairs.</summary>
    /// <returns>The fields as text.</returns>
    public override string ToString() => "{" + string.Join(", ", _values.Select(p => p.Key + "=" + p.Value)) + "}";
}
