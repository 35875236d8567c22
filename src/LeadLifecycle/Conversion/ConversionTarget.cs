namespace LeadLifecycle.Conversion;

/// <summary>The record a lead field is copied to during conversion.</summary>
public enum ConversionTarget
{
    /// <summary>The account (the company).</summary>
    Account = 1,

    /// <summary>The contact (the person).</summary>
    Contact = 2,

    /// <summary>The opportunity (the potential sale).</summary>
    Opportunity = 3,
}
