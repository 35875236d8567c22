using CsvHelper;

namespace LeadLifecycle.Benchmarks;

/// <summary>The lead benchmark file's 21 columns, typed, for CsvHelper 34's source-generated reader.</summary>
[CsvRecord]
public partial class LeadCsvRow
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    public string? LastName { get; set; }

    /// <summary>Gets or sets the company.</summary>
    public string? Company { get; set; }

    /// <summary>Gets or sets the title.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the email.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the street.</summary>
    public string? Street { get; set; }

    /// <summary>Gets or sets the city.</summary>
    public string? City { get; set; }

    /// <summary>Gets or sets the state.</summary>
    public string? State { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Gets or sets the country.</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the lead source.</summary>
    public string? LeadSource { get; set; }

    /// <summary>Gets or sets the status.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets the annual revenue.</summary>
    public decimal? AnnualRevenue { get; set; }

    /// <summary>Gets or sets the number of employees.</summary>
    public int? NumberOfEmployees { get; set; }

    /// <summary>Gets or sets a value indicating whether the lead asked not to be called.</summary>
    public bool DoNotCall { get; set; }

    /// <summary>Gets or sets a value indicating whether the lead is converted.</summary>
    public bool IsConverted { get; set; }

    /// <summary>Gets or sets the creation time.</summary>
    public DateTimeOffset? CreatedDate { get; set; }

    /// <summary>Gets or sets the description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the region (a custom field).</summary>
    [CsvColumn("Region__c")]
    public string? Region { get; set; }
}
