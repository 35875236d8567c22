namespace LeadLifecycle.Leads;

/// <summary>The length limits of Salesforce's standard lead fields, in characters.</summary>
public static class LeadFieldLimits
{
    /// <summary>Salutation, first, middle name and suffix.</summary>
    public const int NamePart = 40;

    /// <summary>Last name.</summary>
    public const int LastName = 80;

    /// <summary>Title.</summary>
    public const int Title = 128;

    /// <summary>Company.</summary>
    public const int Company = 255;

    /// <summary>Email.</summary>
    public const int Email = 80;

    /// <summary>Phone, mobile phone and fax.</summary>
    public const int Phone = 40;

    /// <summary>Website.</summary>
    public const int Website = 255;

    /// <summary>Street.</summary>
    public const int Street = 255;

    /// <summary>City.</summary>
    public const int City = 40;

    /// <summary>State or province.</summary>
    public const int State = 80;

    /// <summary>Postal code.</summary>
    public const int PostalCode = 20;

    /// <summary>Country.</summary>
    public const int Country = 80;

    /// <summary>State code (Salesforce <c>StateCode</c>).</summary>
    public const int StateCode = 10;

    /// <summary>Country code (Salesforce <c>CountryCode</c>).</summary>
    public const int CountryCode = 10;

    /// <summary>Values of the standard picklists industry, rating and lead source (Salesforce Object Reference, Lead:
    /// picklist fields of length 40; the same on account, contact and opportunity).</summary>
    public const int StandardPicklistValue = 40;

    /// <summary>Picklist values: status, and the longest value of a custom picklist.</summary>
    public const int PicklistValue = 255;

    /// <summary>Description.</summary>
    public const int Description = 32000;
}
