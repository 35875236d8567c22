using System.Text.Json;
using System.Text.Json.Serialization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Serialization;

/// <summary>The source-generated System.Text.Json context for every record, event and definition of the library.</summary>
/// <remarks>
/// Internal: reach it through <see cref="LeadLifecycleJson.Options"/> or <see cref="LeadLifecycleJson.TypeInfoResolver"/>.
/// Works trimmed and with native AOT. Property names are camelCase and stable; enums are written by member name; typed
/// ids as plain strings; custom fields as an object; null values are left out. Definitions (lead processes) are
/// written as their statuses and transitions and validated again when read. Use <see cref="LeadLifecycleJson"/> for
/// reads that report problems as results instead of exceptions.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    Converters =
    [
        typeof(LeadIdJsonConverter), typeof(AccountIdJsonConverter), typeof(ContactIdJsonConverter),
        typeof(OpportunityIdJsonConverter), typeof(OwnerIdJsonConverter), typeof(CampaignIdJsonConverter),
        typeof(CustomFieldsJsonConverter), typeof(LeadProcessJsonConverter),
    ])]
[JsonSerializable(typeof(Lead))]
[JsonSerializable(typeof(LeadStatusChanged))]
[JsonSerializable(typeof(LeadStatus))]
[JsonSerializable(typeof(LeadProcess))]
[JsonSerializable(typeof(PermittedTransition))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(LeadConverted))]
[JsonSerializable(typeof(LeadConversion))]
internal sealed partial class LeadLifecycleJsonContext : JsonSerializerContext;
