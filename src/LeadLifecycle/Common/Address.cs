using System.Text.Json.Serialization;

namespace LeadLifecycle;

/// <summary>A postal address, as Salesforce's compound address fields hold it.</summary>
/// <remarks>On conversion a lead's address, state and country codes included, becomes the account's billing address
/// and the contact's mailing address (Salesforce Help, "Lead Conversion Field Mapping").</remarks>
public sealed record Address
{
    /// <summary>Gets the street, possibly several lines.</summary>
    public string? Street { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the state or province.</summary>
    public string? State { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the country.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the state or province code (Salesforce <c>StateCode</c>, with state and country picklists).</summary>
    public string? StateCode { get; init; }

    /// <summary>Gets the ISO country code (Salesforce <c>CountryCode</c>, with state and country picklists).</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets a value indicating whether no part of the address is filled in.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        string.IsNullOrEmpty(Street) && string.IsNullOrEmpty(City) && string.IsNullOrEmpty(State)
        && string.IsNullOrEmpty(PostalCode) && string.IsNullOrEmpty(Country)
        && string.IsNullOrEmpty(StateCode) && string.IsNullOrEmpty(CountryCode);
}
