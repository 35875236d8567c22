namespace LeadLifecycle.Salesforce;

/// <summary>A record's fields as the matching rules compare them, normalised once.</summary>
/// <param name="First">The first name, in words.</param>
/// <param name="Last">The last name, in words.</param>
/// <param name="Company">The company or account name without legal forms.</param>
/// <param name="Title">The title, in words.</param>
/// <param name="Email">The email address, lower case.</param>
/// <param name="Phone">The phone digits, a leading North American 1 dropped.</param>
/// <param name="Street">The street with the usual abbreviations.</param>
/// <param name="City">The city, in words.</param>
/// <param name="PostalCode">The five-digit US ZIP code; null for other postal codes.</param>
internal sealed record MatchProfile(
    string? First, string? Last, string? Company, string? Title, string? Email, string? Phone, string? Street, string? City, string? PostalCode)
{
    private const double FirstNameThreshold = 0.85;

    /// <summary>Gets the company's initials when it has several words ("ibm"); null otherwise. Computed once.</summary>
    public string? CompanyInitials { get; } = Company is { } name && name.Contains(' ', StringComparison.Ordinal) ? MatchText.Initials(name) : null;

    /// <summary>Gets the title's initials when it has several words; null otherwise. Computed once.</summary>
    public string? TitleInitials { get; } = Title is { } title && title.Contains(' ', StringComparison.Ordinal) ? MatchText.Initials(title) : null;
    private const double LastNameThreshold = 0.90;
    private const double CompanyThreshold = 0.90;
    private const double TitleThreshold = 0.85;
    private const double StreetThreshold = 0.90;

    public static MatchProfile Of(string? first, string? last, string? company, string? title, string? email, string? phone, Address? address) =>
        new(MatchText.Words(first), MatchText.Words(last), MatchText.Company(company), MatchText.Words(title), MatchText.Email(email),
            MatchText.Phone(phone), MatchText.Street(address?.Street), MatchText.Words(address?.City), MatchText.PostalCode(address?.PostalCode));

    /// <summary>The Standard Account Matching Rule's equation, (Name AND Billing Street) OR (Name AND City AND ZIP) OR
    /// (Name AND Phone), applied to the accounts sharing a match key (<see cref="MatchKeys.Account"/>).</summary>
    public bool MatchesAccount(MatchProfile account) =>
        Matches(Company, CompanyInitials, account.Company, account.CompanyInitials, CompanyThreshold)
        && (MatchText.Similar(Street, account.Street, StreetThreshold)
            || (MatchText.CityMatches(City, account.City) && PostalCode is not null && PostalCode == account.PostalCode)
            || MatchText.PhonesMatch(Phone, account.Phone));

    /// <summary>The Standard Contact (and Lead) Matching Rule against another person; <paramref name="company"/> is the
    /// other's account or company name.</summary>
    public bool MatchesPerson(MatchProfile other, string? company)
    {
        return Names(other, blankFirstMatches: false, out var sameNames) && Equation(sameNames)
            || (Email is not null && Email == other.Email && Names(other, blankFirstMatches: true, out _));

        bool Equation(bool names) =>
            names
            && ((Matches(Title, TitleInitials, other.Title, other.TitleInitials, TitleThreshold) && CompanyMatches(Company, company))
                || (Email is not null && Email == other.Email)
                || MatchText.PhonesMatch(Phone, other.Phone)
                || (MatchText.Similar(Street, other.Street, StreetThreshold)
                    && (MatchText.CityMatches(City, other.City) || (PostalCode is not null && PostalCode == other.PostalCode) || Matches(Title, TitleInitials, other.Title, other.TitleInitials, TitleThreshold))));
    }

    /// <summary>First and last names match, also transposed (George Michael = Michael George).</summary>
    private bool Names(MatchProfile other, bool blankFirstMatches, out bool matched)
    {
        matched = LastMatches(Last, other.Last) && FirstMatches(First, other.First, blankFirstMatches)
            || (First is not null && Last is not null && LastMatches(First, other.Last) && FirstMatches(Last, other.First, blankFirstMatches));
        return matched;
    }

    private static bool FirstMatches(string? a, string? b, bool blankMatches)
    {
        if (a is null || b is null)
        {
            return blankMatches;
        }

        // Initials: "J" matches "John".
        return (a.Length == 1 || b.Length == 1) ? a[0] == b[0] : MatchText.Similar(a, b, FirstNameThreshold);
    }

    private static bool LastMatches(string? a, string? b) => MatchText.Similar(a, b, LastNameThreshold);

    /// <summary>Equal, similar, or one the acronym of the other ("IBM" = "International Business Machines").</summary>
    private static bool Matches(string? a, string? aInitials, string? b, string? bInitials, double threshold) =>
        MatchText.Similar(a, b, threshold)
        || (a is not null && b is not null && ((aInitials is not null && bInitials is null && aInitials == b) || (bInitials is not null && aInitials is null && bInitials == a)));

    /// <summary>Company names match exactly after normalisation, as acronyms, or by Jaro-Winkler similarity.</summary>
    public static bool CompanyMatches(string? a, string? b) =>
        Matches(a, a is not null && a.Contains(' ', StringComparison.Ordinal) ? MatchText.Initials(a) : null, b, b is not null && b.Contains(' ', StringComparison.Ordinal) ? MatchText.Initials(b) : null, CompanyThreshold);
}
