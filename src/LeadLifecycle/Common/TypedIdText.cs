using System.Diagnostics.CodeAnalysis;

namespace LeadLifecycle;

/// <summary>The one parsing rule of every typed id: any non-blank text without surrounding white space.</summary>
/// <remarks>Ids are opaque (Salesforce's 15/18-character ids, the library's generated ids, an app's own keys), so
/// nothing else is checked; white space around an id is refused rather than trimmed, so a value never changes on
/// its way through a route or a query string.</remarks>
internal static class TypedIdText
{
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out string? value)
    {
        if (text.IsEmpty || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            value = null;
            return false;
        }

        value = text.ToString();
        return true;
    }

    public static string Parse(ReadOnlySpan<char> text, string typeName) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text.ToString()}' is not a valid {typeName}: an id is non-empty text without surrounding white space.");
}
