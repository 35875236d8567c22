namespace LeadLifecycle.Conversion;

/// <summary>One rule of a <see cref="LeadFieldMapping"/>: a lead field is copied to a field of a target record.</summary>
/// <remarks>Field names are the record property names (<c>Company</c>, <c>Address</c>, <c>BillingAddress</c>,
/// <c>OwnerId</c>, ...). A name ending in <c>__c</c> is a custom field, read from or written to the record's
/// <see cref="CustomFields"/> as text.</remarks>
/// <param name="LeadField">The lead field, e.g. <c>Phone</c> or <c>NumberofLocations__c</c>.</param>
/// <param name="Target">The record the value goes to.</param>
/// <param name="TargetField">The field of that record, e.g. <c>Phone</c> or <c>Locations__c</c>.</param>
public sealed record FieldMappingRule(string LeadField, ConversionTarget Target, string TargetField)
{
    /// <summary>Returns the rule as <c>LeadField -> Target.TargetField</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => $"{LeadField} -> {Target}.{TargetField}";
}
