using System.Globalization;
using System.Text;

namespace LeadLifecycle.Salesforce;

/// <summary>The normalisations and the fuzzy comparison the matching rules use, computed once per record.</summary>
internal static class MatchText
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "ltd", "limited", "plc", "gmbh", "ag", "sa", "sas", "bv", "nv",
        "srl", "spa", "oy", "ab", "as", "kg", "lp", "llp", "pty", "the",
    };

    private static readonly Dictionary<string, string> StreetWords = new(StringComparer.Ordinal)
    {
        ["street"] = "st", ["avenue"] = "ave", ["av"] = "ave", ["road"] = "rd", ["boulevard"] = "blvd", ["drive"] = "dr", ["lane"] = "ln",
        ["court"] = "ct", ["place"] = "pl", ["square"] = "sq", ["suite"] = "ste", ["north"] = "n", ["south"] = "s", ["east"] = "e",
        ["west"] = "w", ["highway"] = "hwy", ["parkway"] = "pkwy", ["floor"] = "fl",
    };

    /// <summary>Lower case, accents removed, letters and digits only, single spaces between words; null when blank.</summary>
    public static string? Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = c != '\'';
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>A company name without legal forms and articles, "&amp;" read as "and".</summary>
    public static string? Company(string? text)
    {
        var words = Words(text?.Replace("&", " and ", StringComparison.Ordinal));
        if (words is null)
        {
            return null;
        }

        var kept = words.Split(' ').Where(w => !LegalSuffixes.Contains(w)).ToArray();
        return kept.Length == 0 ? words : string.Join(' ', kept);
    }

    /// <summary>A street with the usual abbreviations (street = st, avenue = ave...).</summary>
    public static string? Street(string? text) =>
        Words(text) is { } words ? string.Join(' ', words.Split(' ').Select(w => StreetWords.TryGetValue(w, out var short_) ? short_ : w)) : null;

    /// <summary>The digits of a phone number, a leading North American country code 1 dropped; null with fewer than 7.</summary>
    public static string? Phone(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.Length == 11 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        return digits.Length >= 7 ? digits : null;
    }

    /// <summary>An email address in lower case; null when blank.</summary>
    public static string? Email(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();

    /// <summary>The first five characters of a postal code, letters and digits only.</summary>
    public static string? PostalCode(string? text) => Words(text)?.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: > 0 } code ? code[..Math.Min(5, code.Length)] : null;

    /// <summary>The initials of a name's words ("International Business Machines" = "ibm").</summary>
    public static string Initials(string words) => new([.. words.Split(' ').Where(w => w.Length > 0).Select(w => w[0])]);

    /// <summary>Jaro-Winkler similarity from 0 (nothing in common) to 1 (equal).</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> matchedA = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var end = Math.Min(i + window + 1, b.Length);
            for (var j = Math.Max(0, i - window); j < end; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            transpositions += a[i] != b[k] ? 1 : 0;
            k++;
        }

        var m = (double)matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>Equal, or at least <paramref name="threshold"/> similar (Jaro-Winkler); blanks never match.</summary>
    public static bool Similar(string? a, string? b, double threshold) =>
        a is not null && b is not null && (string.Equals(a, b, StringComparison.Ordinal) || JaroWinkler(a, b) >= threshold);

    /// <summary>A key prefix: the first <paramref name="length"/> characters without spaces.</summary>
    public static string Prefix(string words, int length)
    {
        var compact = words.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact[..Math.Min(length, compact.Length)];
    }
}
