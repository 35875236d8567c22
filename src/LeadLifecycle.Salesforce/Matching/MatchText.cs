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

    /// <summary>Salesforce's Fuzzy: Phone method: the number in sections, international code 10%, area code 50%, the
    /// next 3 digits 30%, the last 4 digits 10%, a match from a weighted score of 80 (Salesforce Help, "Matching Methods
    /// Used with Matching Rules": 1-415-555-1234 and 1-415-555-5678 score 90, a match).</summary>
    /// <remarks>Both arguments are <see cref="Phone"/> values. For two North American numbers (10 digits once a leading
    /// 1 is dropped; a missing country code counts as 1) the score reaches 80 exactly when the area code and the next 3
    /// digits agree, so those 6 digits decide. Salesforce says the method works best with North American data and does
    /// not publish how it sections other numbers: those match when all their digits agree (an approximation).</remarks>
    public static bool PhonesMatch(string? a, string? b) =>
        a is not null && b is not null
        && (string.Equals(a, b, StringComparison.Ordinal)
            || (a.Length == 10 && b.Length == 10 && a.AsSpan(0, 6).SequenceEqual(b.AsSpan(0, 6))));

    /// <summary>Salesforce's Fuzzy: City method: exact, or an edit-distance score of at least 85 (Maximum of Exact and
    /// Edit Distance; Salesforce Help, "Matching Methods Used with Matching Rules").</summary>
    /// <remarks>The edit-distance score is 100 x (1 - distance / longer length), which gives Salesforce's own example
    /// ("VP Sales" and "VP of Sales" score 73). Blanks never match.</remarks>
    public static bool CityMatches(string? a, string? b) =>
        a is not null && b is not null && (string.Equals(a, b, StringComparison.Ordinal) || EditDistanceScore(a, b) >= 85);

    /// <summary>100 x (1 - Levenshtein distance / the longer length), from 0 to 100.</summary>
    public static int EditDistanceScore(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0)
        {
            return 100;
        }

        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            current.CopyTo(previous);
        }

        return (int)Math.Round(100.0 * (longer - previous[b.Length]) / longer, MidpointRounding.AwayFromZero);
    }

    /// <summary>An email address in lower case; null when blank.</summary>
    public static string? Email(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();

    /// <summary>The five-digit ZIP code of a US postal code (<c>94105</c>, <c>94105-1234</c>, <c>941051234</c>); null for
    /// any other postal code, which therefore never matches.</summary>
    /// <remarks>Salesforce's fuzzy ZIP matching supports US ZIP codes only: two accounts of the same name and the same
    /// alphanumeric postal code (<c>WT15 7TB</c>) are not duplicates under the standard rules (Salesforce Knowledge
    /// Article 000247089, "Duplicate rules are not firing based on the Standard Matching rule (Account Name and
    /// ZIP)").</remarks>
    public static string? PostalCode(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 5 || trimmed[..5].ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var rest = trimmed[5..];
        if (!rest.IsEmpty && rest[0] is '-' or ' ')
        {
            rest = rest[1..];
        }

        return rest.IsEmpty || (rest.Length == 4 && !rest.ContainsAnyExceptInRange('0', '9')) ? trimmed[..5].ToString() : null;
    }

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
