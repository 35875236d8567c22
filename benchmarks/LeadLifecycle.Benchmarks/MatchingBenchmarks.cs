using System.Globalization;
using BenchmarkDotNet.Attributes;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Salesforce;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Matching leads against accounts with the Standard Account Matching Rule: the indexed
/// <see cref="SalesforceDuplicateMatcher"/> against a linear scan that applies the same rule (match keys, then the
/// equation) to every account.
/// </summary>
/// <remarks>
/// 100,000 generated accounts (or 10,000 when <c>CI=true</c>) in 24 cities, and as many leads: a third name an account's
/// company with its street and its city (or only its ZIP code), and match it; a third name an account's company and
/// city with another street (candidates the equation refuses); a third name other companies. The scan is too slow to
/// run for every lead (10^10 key comparisons), so the baseline and the indexed method match the same
/// <see cref="SampleLeads"/> leads: their ratio is the cost per lead. The last method matches 10,000 leads for throughput.
/// </remarks>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    /// <summary>The leads both per-lead methods match.</summary>
    public const int SampleLeads = 100;

    private static readonly string[] Words = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Hooli", "Vandelay"];
    private static readonly string[] Cities =
    [
        "Austin", "Boston", "Chicago", "Denver", "Seattle", "Portland", "Atlanta", "Dallas", "Houston", "Phoenix", "San Diego", "San Jose",
        "Miami", "Detroit", "Nashville", "Memphis", "Baltimore", "Milwaukee", "Albuquerque", "Tucson", "Fresno", "Sacramento", "Omaha", "Raleigh",
    ];

    private SalesforceDuplicateMatcher _matcher = null!;
    private Lead[] _leads = [];

    /// <summary>Gets the record counts to run.</summary>
    public static IEnumerable<int> Counts =>
        [string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 10_000 : 100_000];

    /// <summary>Gets or sets the number of accounts and of leads.</summary>
    [ParamsSource(nameof(Counts))]
    public int Records { get; set; }

    /// <summary>Builds the accounts, the leads and the matcher's index.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        var accounts = new Account[Records];
        for (var i = 0; i < Records; i++)
        {
            accounts[i] = new Account
            {
                Id = new AccountId(string.Create(CultureInfo.InvariantCulture, $"001{i:D15}")),
                Name = Name(i),
                Phone = string.Create(CultureInfo.InvariantCulture, $"(555) {i % 1000:D3}-{i % 10000:D4}"),
                BillingAddress = new Address { Street = string.Create(CultureInfo.InvariantCulture, $"{i % 9000} Main St"), City = Cities[random.Next(Cities.Length)], PostalCode = string.Create(CultureInfo.InvariantCulture, $"{10000 + (i % 89999)}") },
            };
        }

        _leads = new Lead[Records];
        for (var i = 0; i < Records; i++)
        {
            var target = accounts[random.Next(Records)];
            var place = target.BillingAddress!;
            _leads[i] = (i % 6) switch
            {
                0 => Lead(i, target.Name + " Inc.", new Address { Street = place.Street, City = place.City }),
                3 => Lead(i, target.Name + " Inc.", new Address { Street = place.Street, PostalCode = place.PostalCode }),
                1 or 4 => Lead(i, target.Name, new Address { Street = "1 Elsewhere Rd", City = place.City }),
                _ => Lead(i, string.Create(CultureInfo.InvariantCulture, $"Other {Words[i % Words.Length]} {i}"), new Address { Street = "1 Elsewhere Rd", City = Cities[random.Next(Cities.Length)] }),
            };
        }

        _matcher = new SalesforceDuplicateMatcher(accounts, []);
    }

    /// <summary>The same rule applied to every account, for <see cref="SampleLeads"/> leads.</summary>
    /// <returns>The matches found.</returns>
    [Benchmark(Baseline = true, Description = "Linear scan, 100 leads x all accounts")]
    public int LinearScan()
    {
        var found = 0;
        for (var i = 0; i < SampleLeads; i++)
        {
            found += _matcher.ScanAccounts(_leads[i]).Count;
        }

        return found;
    }

    /// <summary>The indexed matcher, for the same <see cref="SampleLeads"/> leads.</summary>
    /// <returns>The matches found.</returns>
    [Benchmark(Description = "SalesforceDuplicateMatcher, 100 leads")]
    public int Indexed()
    {
        var found = 0;
        for (var i = 0; i < SampleLeads; i++)
        {
            found += _matcher.FindMatchingAccounts(_leads[i]).Count;
        }

        return found;
    }

    /// <summary>The indexed matcher for the first 10,000 leads (throughput; every lead would take ten times as long).</summary>
    /// <returns>The matches found.</returns>
    [Benchmark(Description = "SalesforceDuplicateMatcher, 10,000 leads")]
    public int IndexedMany()
    {
        var found = 0;
        foreach (var lead in _leads.AsSpan(0, Math.Min(10_000, _leads.Length)))
        {
            found += _matcher.FindMatchingAccounts(lead).Count;
        }

        return found;
    }

    private static Lead Lead(int i, string company, Address address) =>
        new() { LastName = string.Create(CultureInfo.InvariantCulture, $"Lead{i}"), Company = company, Address = address, Status = "Open - Not Contacted" };

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"{Words[i % Words.Length]} {Words[(i / Words.Length) % Words.Length]} {i}");
}
