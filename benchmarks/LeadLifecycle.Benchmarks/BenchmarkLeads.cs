using System.Globalization;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Benchmarks;

/// <summary>Generated leads for the conversion benchmarks.</summary>
internal static class BenchmarkLeads
{
    /// <summary>A lead with the standard fields filled, distinct by number.</summary>
    public static Lead Create(int number) => new()
    {
        Id = new LeadId("00Q" + number.ToString("D12", CultureInfo.InvariantCulture)),
        Salutation = "Ms.",
        FirstName = "Bertha",
        LastName = "Boxer " + number.ToString(CultureInfo.InvariantCulture),
        Title = "Director of Vendor Relations",
        Company = "Farmers Coop. of Florida " + number.ToString(CultureInfo.InvariantCulture),
        Email = "bertha@fcof.net",
        Phone = "(850) 644-4200",
        Address = new Address { City = "Tallahassee", State = "FL", PostalCode = "32306", Country = "US" },
        Industry = "Agriculture",
        AnnualRevenue = 900_750_000m,
        NumberOfEmployees = 130,
        Rating = "Hot",
        LeadSource = "Web",
        OwnerId = new OwnerId("005bm00000NCJmQAAX"),
        Status = "Working - Contacted",
    };

    /// <summary>Streams <paramref name="count"/> leads, cycling through a small pool so that generating them costs
    /// next to nothing and holds no memory that grows with the count.</summary>
    public static IEnumerable<Lead> Stream(Lead[] pool, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return pool[i & (pool.Length - 1)];
        }
    }
}
