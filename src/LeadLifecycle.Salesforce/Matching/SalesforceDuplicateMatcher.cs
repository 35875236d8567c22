using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>An <see cref="IDuplicateMatcher"/> over accounts, contacts and leads you supply (e.g. imported with
/// <see cref="AccountRecordReader"/> and <see cref="ContactRecordReader"/>), following Salesforce's Standard Account,
/// Contact and Lead Matching Rules, with an index so that matching one lead looks at a handful of candidates instead of
/// every record.</summary>
/// <remarks>
/// <para><b>How a match is found.</b> As in Salesforce, a record is compared only with the records sharing a match key
/// with it, and only then by the rule's equation (Salesforce Help, "How Match Keys Are Generated and Used in Matching
/// Rules"). A record without any key never matches, whatever its other fields.</para>
/// <para><b>Accounts</b> (Standard Account Matching Rule). Keys: Company (2,6) + City (1,6) and Company (2,6) + ZIP (1,3):
/// the first six letters of each of the first two words of the normalised name, with the first six letters and digits of
/// the billing city (spaces removed: "Philadelphia" = "philad") or the first three digits of a US ZIP code ("10001" =
/// "100"), the key shapes Salesforce Help documents for the Standard Person Account Matching Rule. So the rule only finds
/// accounts when both records have an account name AND a billing city or a US ZIP code: two accounts with the same name
/// and the same street or phone but no city and no ZIP are not duplicates (Salesforce Knowledge Article 000386375), nor
/// are two with the same alphanumeric postal code and no city (Knowledge Article 000247089). Equation, for the accounts
/// sharing a key: the lead's company matches the account name AND (the billing street OR (city AND ZIP) OR phone). This
/// equation is the library's reading of the rule and has not been checked against the rule's Help page (Salesforce Help,
/// "Standard Account Matching Rule", sales.matching_rules_standard_account_rule.htm), which was not available when it
/// was written; the keys, the knowledge articles and the field methods below are checked.</para>
/// <para><b>Contacts and leads</b> (Salesforce Help, "Standard Contact Matching Rule and Standard Lead Matching Rule",
/// matching_rules_standard_contact_rule.htm). Keys: Email; First_Name (1,1) Last_Name Email domain; First_Name (1,1)
/// Last_Name Company (2,5); First_Name (1,1) Last_Name Phone (a leading 1 and the last four digits dropped). A contact's
/// company is the name of its account among the supplied accounts; a lead's is its company. Equation: (first name AND last
/// name AND title AND account name) OR (first AND last AND email) OR (first AND last AND phone AND account name) OR (first
/// AND last AND mailing street AND (city OR ZIP OR phone)) OR (first AND last AND mailing street AND title) OR (first AND
/// last AND title AND email) OR (first AND last AND phone), evaluated in its shorter equivalent form first AND last AND
/// ((title AND account name) OR email OR phone OR (street AND (city OR ZIP OR title))), names also transposed (George
/// Michael = Michael George). A blank first name is ignored when the email matches ("ignores blank fields when Email is
/// included in the field grouping"); any other blank field never matches. Because of the keys, the street terms only
/// find a record that also shares an email domain, a company or a phone key with the lead.</para>
/// <para><b>Field methods</b> (Salesforce Help, "Matching Methods Used with Matching Rules"): phones by Fuzzy: Phone,
/// in sections (international code 10%, area code 50%, next 3 digits 30%, last 4 digits 10%, threshold 80), so two North
/// American numbers match when their area code and next 3 digits agree (1-415-555-1234 = 1-415-555-5678); other numbers
/// when all digits agree. Cities by Fuzzy: City (exact, or an edit-distance score of at least 85). ZIP codes as US ZIP
/// codes only, on their first five digits: any other postal code never matches, as Salesforce's fuzzy ZIP matching does
/// (Knowledge Article 000247089). Emails exactly, ignoring case.</para>
/// <para><b>Approximations</b>, documented because Salesforce does not publish its algorithms in full: names and
/// streets are compared after normalisation (case, accents, punctuation; legal forms such as Inc, GmbH, Ltd dropped from
/// company names, as Fuzzy: Company Name does; Street = St, Avenue = Ave...) by equality or Jaro-Winkler similarity
/// (first name 0.85, last name 0.90, company 0.90, street 0.90, title 0.85) where Salesforce combines Exact, Initials,
/// Jaro-Winkler and name variants (first name, 85), Exact, keyboard distance and Metaphone 3 (last name, 90), Acronym,
/// Exact and syllable alignment (company, 70) and a sectioned street comparison (80); nicknames (Bob = Robert) are not
/// known. A one-letter first name matches by initial. Company names and titles also match as acronyms (IBM =
/// International Business Machines). In the keys: a record whose key differs is not found even where the equation would
/// match it (a city spelled differently in its first six letters, "Sn Francisco" for "San Francisco"; a typo in the
/// first letters of a company's first two words; an extra first word); account keys also come in an acronym variant
/// (the initials of a name of several words, with the same city or ZIP part), which Salesforce's keys do not list, so
/// "IBM" and "International Business Machines" in the same city can match; last names are keyed by a phonetic code that
/// approximates the Double Metaphone Salesforce applies (it gives Salesforce's examples, Doe = t and Benioff = pnf, but
/// may group other spellings differently); the lead's person keys are also probed with first and last name transposed
/// (Salesforce documents the transposition for the equation, not for the keys, so a transposed record sharing no email
/// may be found here and not in Salesforce); an email domain keeps its last two labels (us.ibm.com = ibm.com); and every
/// record sharing a key is compared, where Salesforce narrows them to the 100 most likely.</para>
/// <para>Immutable and thread-safe once built; building is linear in the number of records.</para>
/// </remarks>
public sealed class SalesforceDuplicateMatcher : IDuplicateMatcher
{
    private readonly Account[] _accounts;
    private readonly MatchProfile[] _accountProfiles;
    private readonly string[][] _accountKeys;
    private readonly Dictionary<string, int[]> _accountIndex;
    private readonly Contact[] _contacts;
    private readonly MatchProfile[] _contactProfiles;
    private readonly string?[] _contactCompanies;
    private readonly Dictionary<string, int[]> _contactIndex;
    private readonly Lead[] _leads;
    private readonly MatchProfile[] _leadProfiles;
    private readonly Dictionary<string, int[]> _leadIndex;

    /// <summary>Initializes a new instance of the <see cref="SalesforceDuplicateMatcher"/> class.</summary>
    /// <param name="accounts">The existing accounts.</param>
    /// <param name="contacts">The existing contacts.</param>
    /// <param name="leads">The existing leads, for <see cref="FindMatchingLeads"/>; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> or <paramref name="contacts"/> is null.</exception>
    public SalesforceDuplicateMatcher(IEnumerable<Account> accounts, IEnumerable<Contact> contacts, IEnumerable<Lead>? leads = null)
    {
        _accounts = [.. Preconditions.NotNull(accounts)];
        _contacts = [.. Preconditions.NotNull(contacts)];
        _leads = [.. leads ?? []];
        _accountProfiles = [.. _accounts.Select(a => MatchProfile.Of(null, null, a.Name, null, null, a.Phone, a.BillingAddress))];
        _accountKeys = [.. _accountProfiles.Select(MatchKeys.Account)];
        var accountNames = _accounts.Where(a => !a.Id.IsEmpty).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => MatchText.Company(g.First().Name));
        _contactProfiles = [.. _contacts.Select(c => MatchProfile.Of(c.FirstName, c.LastName, null, c.Title, c.Email, c.Phone ?? c.MobilePhone, c.MailingAddress))];
        _contactCompanies = [.. _contacts.Select(c => c.AccountId is { } id && accountNames.TryGetValue(id, out var name) ? name : null)];
        _leadProfiles = [.. _leads.Select(Profile)];
        _accountIndex = Index(_accountKeys);
        _contactIndex = Index([.. _contactProfiles.Select((p, i) => MatchKeys.Person(p, _contactCompanies[i]))]);
        _leadIndex = Index([.. _leadProfiles.Select(p => MatchKeys.Person(p, p.Company))]);
    }

    /// <summary>Finds the accounts the Standard Account Matching Rule takes for the lead's company.</summary>
    /// <param name="lead">The lead being converted.</param>
    /// <returns>The matching accounts, in the order they were supplied; empty when there are none, which is always the
    /// case for a lead without a company, or without both a city and a US ZIP code.</returns>
    public IReadOnlyList<AccountId> FindMatchingAccounts(Lead lead)
    {
        var profile = Profile(Preconditions.NotNull(lead));
        return [.. Candidates(_accountIndex, MatchKeys.AccountProbe(profile)).Where(i => profile.MatchesAccount(_accountProfiles[i])).Select(i => _accounts[i].Id)];
    }

    /// <summary>Finds the contacts the Standard Contact Matching Rule takes for the lead.</summary>
    /// <param name="lead">The lead being converted.</param>
    /// <returns>The matching contacts, in the order they were supplied; empty when there are none.</returns>
    public IReadOnlyList<ContactId> FindMatchingContacts(Lead lead)
    {
        var profile = Profile(Preconditions.NotNull(lead));
        return [.. Candidates(_contactIndex, MatchKeys.PersonProbe(profile, profile.Company)).Where(i => profile.MatchesPerson(_contactProfiles[i], _contactCompanies[i])).Select(i => _contacts[i].Id)];
    }

    /// <summary>Finds the supplied leads the Standard Lead Matching Rule takes for the lead (the lead itself excluded by id).</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The matching leads, in the order they were supplied; empty when there are none.</returns>
    public IReadOnlyList<LeadId> FindMatchingLeads(Lead lead)
    {
        var profile = Profile(Preconditions.NotNull(lead));
        return [.. Candidates(_leadIndex, MatchKeys.PersonProbe(profile, profile.Company))
            .Where(i => (lead.Id.IsEmpty || _leads[i].Id != lead.Id) && profile.MatchesPerson(_leadProfiles[i], _leadProfiles[i].Company))
            .Select(i => _leads[i].Id)];
    }

    /// <summary>The same rule without the index: every account's keys compared with the lead's, then the equation for
    /// those sharing one. The baseline the index is measured against, and the reference its tests compare with.</summary>
    internal IReadOnlyList<AccountId> ScanAccounts(Lead lead)
    {
        var profile = Profile(lead);
        var keys = MatchKeys.AccountProbe(profile);
        var found = new List<AccountId>();
        for (var i = 0; i < _accountProfiles.Length; i++)
        {
            if (MatchKeys.Share(keys, _accountKeys[i]) && profile.MatchesAccount(_accountProfiles[i]))
            {
                found.Add(_accounts[i].Id);
            }
        }

        return found;
    }

    /// <summary>The contact rule without the index: every contact's keys compared with the lead's, then the equation.</summary>
    internal IReadOnlyList<ContactId> ScanContacts(Lead lead)
    {
        var profile = Profile(lead);
        var keys = MatchKeys.PersonProbe(profile, profile.Company);
        var found = new List<ContactId>();
        for (var i = 0; i < _contactProfiles.Length; i++)
        {
            if (MatchKeys.Share(keys, MatchKeys.Person(_contactProfiles[i], _contactCompanies[i])) && profile.MatchesPerson(_contactProfiles[i], _contactCompanies[i]))
            {
                found.Add(_contacts[i].Id);
            }
        }

        return found;
    }

    private static MatchProfile Profile(Lead lead) => MatchProfile.Of(lead.FirstName, lead.LastName, lead.Company, lead.Title, lead.Email, lead.Phone ?? lead.MobilePhone, lead.Address);

    private static Dictionary<string, int[]> Index(string[][] keys)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var key in keys[i].Distinct(StringComparer.Ordinal))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(i);
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The records sharing a key with the query, each once, in supplied order.</summary>
    private static int[] Candidates(Dictionary<string, int[]> index, IEnumerable<string> keys)
    {
        int[]? single = null;
        List<int>? merged = null;
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var records))
            {
                continue;
            }

            if (single is null)
            {
                single = records;
            }
            else
            {
                (merged ??= [.. single]).AddRange(records);
            }
        }

        if (merged is null)
        {
            return single ?? [];
        }

        merged.Sort();
        return [.. merged.Distinct()];
    }
}
