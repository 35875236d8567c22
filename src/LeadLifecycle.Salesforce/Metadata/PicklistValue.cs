namespace LeadLifecycle.Salesforce;

/// <summary>One value of a Salesforce picklist value set that carries no behaviour of its own, e.g. a lead source.</summary>
/// <param name="Name">The API name records store.</param>
/// <param name="Label">The label shown to people.</param>
/// <param name="IsDefault">Whether new records get this value.</param>
/// <param name="IsActive">Whether the value may still be chosen; inactive values are kept for old records.</param>
/// <param name="SortOrder">The 1-based position in the file.</param>
public sealed record PicklistValue(string Name, string Label, bool IsDefault, bool IsActive, int SortOrder);
