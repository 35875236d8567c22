namespace LeadLifecycle.Opportunities;

/// <summary>The length limits of Salesforce's standard opportunity fields, in characters.</summary>
public static class OpportunityFieldLimits
{
    /// <summary>Name.</summary>
    public const int Name = 120;

    /// <summary>Picklist values: stage, lead source.</summary>
    public const int PicklistValue = 255;

    /// <summary>Loss reason and competitor.</summary>
    public const int LossReason = 255;

    /// <summary>Description.</summary>
    public const int Description = 32000;
}
