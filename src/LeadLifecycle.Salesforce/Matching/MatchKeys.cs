using System.Text;

namespace LeadLifecycle.Salesforce;

/// <summary>The match keys of the standard matching rules: a record is compared only with records sharing a key
/// (Salesforce Help, "How Match Keys Are Generated and Used in Matching Rules"), so a record without a key never
/// matches, whatever its other fields.</summary>
/// <remarks>The index side (the supplied records) and the probe side (the lead being matched) use the same key
/// shapes; the probe side adds the variants that let acronyms and transposed names meet the indexed keys.</remarks>
internal static class MatchKeys
{
    private const string Vowels = "aeiouy";

    /// <summary>The Standard Account Matching Rule's keys of an indexed account: Company (2,6) + City (1,6) and
    /// Company (2,6) + ZIP (1,3), with the initials of a name of several words as a second name part.</summary>
    public static string[] Account(MatchProfile account) =>
        account.Company is { } name
            ? WithLocation(account, name.Contains(' ', StringComparison.Ordinal) ? ["N:" + NameKey(name), "A:" + MatchText.Initials(name)] : ["N:" + NameKey(name)])
            : [];

    /// <summary>The keys a lead probes the account index with: its own name key, and the acronym variants (a name of
    /// several words as the name key of its initials, which finds the account "IBM"; a one-word name as initials, which
    /// finds "International Business Machines"), each with the lead's City (1,6) and ZIP (1,3).</summary>
    public static string[] AccountProbe(MatchProfile lead) =>
        lead.Company is { } name
            ? WithLocation(lead, ["N:" + NameKey(name), name.Contains(' ', StringComparison.Ordinal) ? "N:" + NameKey(MatchText.Initials(name)) : "A:" + name])
            : [];

    /// <summary>The Standard Contact and Lead Matching Rules' keys of an indexed person: Email; First_Name (1,1)
    /// Last_Name Email domain; First_Name (1,1) Last_Name Company (2,5); First_Name (1,1) Last_Name Phone (leading 1
    /// and last four digits dropped). <paramref name="company"/> is the contact's account name or the lead's company.</summary>
    public static string[] Person(MatchProfile person, string? company)
    {
        var keys = new List<string>(4);
        if (person.Email is { } email)
        {
            keys.Add("E:" + EmailKey(email));
        }

        AddNameKeys(keys, person.First, person.Last, person, company);
        return [.. keys];
    }

    /// <summary>The keys a lead probes a person index with: <see cref="Person"/>, plus the same keys with first and
    /// last name transposed (the rule also evaluates George Michael as Michael George).</summary>
    public static string[] PersonProbe(MatchProfile person, string? company)
    {
        var keys = new List<string>(Person(person, company));
        AddNameKeys(keys, person.Last, person.First, person, company);
        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether two key sets share a key (the sets hold a handful of keys each).</summary>
    public static bool Share(string[] a, string[] b)
    {
        foreach (var key in a)
        {
            if (Array.IndexOf(b, key) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Salesforce's "Company (2,6)": the first six letters of each of the first two words.</summary>
    public static string NameKey(string name) => WordsKey(name, 6);

    /// <summary>Salesforce's "City (1,6)": the first six letters and digits of the city, spaces removed
    /// ("Philadelphia" = "philad").</summary>
    public static string CityKey(string city) => MatchText.Prefix(city, 6);

    /// <summary>Salesforce's "ZIP (1,3)": the first three digits of a five-digit US ZIP code ("10001" = "100").</summary>
    public static string ZipKey(string zip) => zip[..3];

    /// <summary>An email as Salesforce's match keys normalise it: the local part without punctuation, the domain without
    /// its subdomains ("john_doe@us.ibm.com" = "johndoe@ibm.com").</summary>
    public static string EmailKey(string email)
    {
        var at = email.LastIndexOf('@');
        var local = at < 0 ? email : email[..at];
        return new string([.. local.Where(char.IsLetterOrDigit)]) + "@" + (at < 0 ? string.Empty : Domain(email[(at + 1)..]));
    }

    /// <summary>A phonetic code of a last name for match keys, where Salesforce applies Double Metaphone ("Doe" = "t",
    /// "Benioff" = "pnf"): an approximation of its primary code, at most four characters, so that spellings that sound
    /// alike (Gonzalez, Gonzales; Smith, Smyth) share a key.</summary>
    /// <remarks>Vowels count only as a first letter ("a"); b = p, v = f, q = k, z = s, x = ks; c is s before e, i, y
    /// and k otherwise; ch, sh, sia, sio, tia, tio = x; th = 0; ph = f; dge, dgi, dgy = j; g is j before e, i, y;
    /// gh is k at the start and silent elsewhere; h and w only before a vowel; kn, gn, pn, ps, wr lose their first letter
    /// at the start; repeated sounds count once. Other letters stand for themselves.</remarks>
    public static string LastNameKey(string lastName)
    {
        var s = new string([.. lastName.Where(char.IsLetter)]);
        if (s.Length == 0)
        {
            return lastName;
        }

        var code = new StringBuilder(4);
        var i = s.Length > 1 && s[..2] is "kn" or "gn" or "pn" or "ps" or "wr" ? 1 : 0;
        for (; i < s.Length && code.Length < 4; i++)
        {
            var c = s[i];
            var next = At(s, i + 1);
            var sound = c switch
            {
                _ when Vowels.Contains(c, StringComparison.Ordinal) => i == 0 ? "a" : string.Empty,
                'b' => "p",
                'c' when next == 'h' => Skip(ref i, "x"),
                'c' => next is 'e' or 'i' or 'y' ? "s" : "k",
                'd' when next == 'g' && At(s, i + 2) is 'e' or 'i' or 'y' => Skip(ref i, "j"),
                'd' => "t",
                'g' when next == 'h' => Skip(ref i, i == 0 ? "k" : string.Empty),
                'g' => next is 'e' or 'i' or 'y' ? "j" : "k",
                'h' or 'w' => IsVowel(next) && (i == 0 || IsVowel(At(s, i - 1)) || c == 'w') ? c.ToString() : string.Empty,
                'p' when next == 'h' => Skip(ref i, "f"),
                'p' => "p",
                'q' => "k",
                's' when next == 'h' => Skip(ref i, "x"),
                's' or 't' when next == 'i' && At(s, i + 2) is 'a' or 'o' => "x",
                't' when next == 'h' => Skip(ref i, "0"),
                'v' => "f",
                'x' => i == 0 ? "s" : "ks",
                'z' => "s",
                _ => c.ToString(),
            };
            foreach (var part in sound)
            {
                if (code.Length < 4 && (code.Length == 0 || code[^1] != part))
                {
                    code.Append(part);
                }
            }
        }

        return code.ToString();
    }

    private static string[] WithLocation(MatchProfile record, string[] names)
    {
        var city = record.City is { } c ? "|C:" + CityKey(c) : null;
        var zip = record.PostalCode is { } z ? "|Z:" + ZipKey(z) : null;
        if (city is null && zip is null)
        {
            return [];
        }

        var keys = new List<string>(names.Length * 2);
        foreach (var name in names)
        {
            if (city is not null)
            {
                keys.Add(name + city);
            }

            if (zip is not null)
            {
                keys.Add(name + zip);
            }
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    private static void AddNameKeys(List<string> keys, string? first, string? last, MatchProfile person, string? company)
    {
        if (first is null || last is null)
        {
            return;
        }

        var name = first[0] + ":" + LastNameKey(last);
        if (person.Email is { } email && EmailKey(email) is var emailKey && emailKey.IndexOf('@', StringComparison.Ordinal) is var at && at < emailKey.Length - 1)
        {
            keys.Add("D:" + name + emailKey[at..]);
        }

        if (company is not null)
        {
            keys.Add("C:" + name + ":" + WordsKey(company, 5));
        }

        if (person.Phone is { } phone)
        {
            keys.Add("T:" + name + ":" + phone[..^4]);
        }
    }

    /// <summary>The first <paramref name="letters"/> characters of each of the first two words.</summary>
    private static string WordsKey(string words, int letters)
    {
        var parts = words.Split(' ', 3);
        return parts.Length == 1 ? MatchText.Prefix(parts[0], letters) : MatchText.Prefix(parts[0], letters) + " " + MatchText.Prefix(parts[1], letters);
    }

    /// <summary>The last two labels of a domain ("us.ibm.com" = "ibm.com").</summary>
    private static string Domain(string domain)
    {
        var labels = domain.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return labels.Length <= 2 ? string.Join('.', labels) : labels[^2] + "." + labels[^1];
    }

    private static char At(string s, int i) => i >= 0 && i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c != '\0' && Vowels.Contains(c, StringComparison.Ordinal);

    private static string Skip(ref int i, string sound)
    {
        i++;
        return sound;
    }
}
