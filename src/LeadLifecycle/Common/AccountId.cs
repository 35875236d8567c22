using System.Diagnostics.CodeAnalysis;

namespace LeadLifecycle;

/// <summary>Identifies an account.</summary>
/// <remarks>Ids are opaque strings, so Salesforce ids (`00Q...`) and the library's own generated ids both fit.</remarks>
/// <param name="Value">The id text; never empty for a real record.</param>
public readonly record struct AccountId(string Value) : ISpanParsable<AccountId>
{
    /// <summary>Gets a value indicating whether this id was never assigned.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text, or an empty string for an unassigned id.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Parses an id from its text, e.g. a route or query value.</summary>
    /// <param name="s">The id text: non-empty, without surrounding white space.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is empty or has surrounding white space.</exception>
    public static AccountId Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    /// <summary>Parses an id from its text, e.g. a route or query value.</summary>
    /// <param name="s">The id text: non-empty, without surrounding white space.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is empty or has surrounding white space.</exception>
    public static AccountId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(TypedIdText.Parse(s, nameof(AccountId)));

    /// <summary>Tries to parse an id from its text.</summary>
    /// <param name="s">The id text.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <param name="result">The id, or the empty id when the text is not one.</param>
    /// <returns>True when the text is non-empty and has no surrounding white space.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AccountId result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse an id from its text.</summary>
    /// <param name="s">The id text.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <param name="result">The id, or the empty id when the text is not one.</param>
    /// <returns>True when the text is non-empty and has no surrounding white space.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out AccountId result)
    {
        result = TypedIdText.TryParse(s, out var value) ? new(value) : default;
        return value is not null;
    }
}
