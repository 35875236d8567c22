using System.Text.Json;
using System.Text.Json.Serialization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>The source-generated System.Text.Json context for every record, event and definition of the library.</summary>
/// <remarks>
/// Internal: reach it through <see cref="LeadLifecycleJson.Options"/> or <see cref="LeadLifecycleJson.TypeInfoResolver"/>.
/// Works trimmed and with native AOT. Property names are camelCase and stable; enums are written by member name; typed
/// ids as plain strings; custom fields as an object; nulls are written, so every positional record reads back. Definitions are
/// written as their parts (lead processes: statuses and transitions; sales processes: stages, policy and required
/// fields) and validated again when read. Use <see cref="LeadLifecycleJson"/> for reads that report problems as
/// results instead of exceptions.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    Converters =
    [
        typeof(StringIdJsonConverterFactory),
        typeof(CustomFieldsJsonConverter), typeof(LeadProcessJsonConverter), typeof(OpportunityHistoryJsonConverter),
        typeof(SalesProcessJsonConverter), typeof(CampaignMembershipsJsonConverter),
    ])]
[JsonSerializable(typeof(Lead))]
[JsonSerializable(typeof(CampaignMembership))]
[JsonSerializable(typeof(LeadEvent))]
[JsonSerializable(typeof(LeadStatusChanged))]
[JsonSerializable(typeof(LeadSignalRecorded))]
[JsonSerializable(typeof(LeadStatus))]
[JsonSerializable(typeof(LeadProcess))]
[JsonSerializable(typeof(PermittedLeadTransition))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(LeadConverted))]
[JsonSerializable(typeof(LeadConversion))]
[JsonSerializable(typeof(Opportunity))]
[JsonSerializable(typeof(OpportunityHistoryEntry))]
[JsonSerializable(typeof(OpportunityStage))]
[JsonSerializable(typeof(OpportunityEvent))]
[JsonSerializable(typeof(OpportunityStageEvent))]
[JsonSerializable(typeof(OpportunityFieldChanged))]
[JsonSerializable(typeof(OpportunityStageChanged))]
[JsonSerializable(typeof(OpportunityWon))]
[JsonSerializable(typeof(OpportunityLost))]
[JsonSerializable(typeof(OpportunityReopened))]
[JsonSerializable(typeof(PermittedStageTransition))]
[JsonSerializable(typeof(PipelineTotals))]
[JsonSerializable(typeof(SalesProcess))]
[JsonSerializable(typeof(SalesProcessPolicy))]
internal sealed partial class LeadLifecycleJsonContext : JsonSerializerContext;
