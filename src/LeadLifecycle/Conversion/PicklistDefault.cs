namespace LeadLifecycle.Conversion;

/// <summary>The default value of a picklist on a conversion target, given to the target when the lead's mapped
/// standard picklist is blank (Salesforce convertLead(), "Picklist Values": "The system assigns the default picklist
/// values for the account, contact, and opportunity when mapping any standard lead picklist fields that are blank").</summary>
/// <remarks>Applies to the standard picklists conversion maps: the account's <c>Industry</c>, <c>Rating</c> and
/// <c>AccountSource</c>, the contact's and the opportunity's <c>LeadSource</c>. Like every mapped value it only fills
/// an empty field. The opportunity's stage is not mapped: it starts in the sales process's first stage.</remarks>
/// <param name="Target">The record whose picklist it is.</param>
/// <param name="Field">The picklist field, e.g. <c>Rating</c>.</param>
/// <param name="Value">The default value.</param>
public sealed record PicklistDefault(ConversionTarget Target, string Field, string Value);
