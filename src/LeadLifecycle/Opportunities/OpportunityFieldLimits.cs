namespace LeadLifecycle.Opportunities;

/// <summary>The limits of Salesforce's standard opportunity fields: text lengths in characters, and the amount range.</summary>
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

    /// <summary>The largest amount: 9,999,999,999,999,999.99, Salesforce's currency field of 18 digits with 2
    /// decimals (16 before the point). The smallest is its negative.</summary>
    /// <remarks>Every verb refuses an opportunity whose amount lies outside this range, so expected revenue and
    /// pipeline sums over any number of accepted opportunities stay far inside <see cref="decimal"/>'s range.</remarks>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;
}
