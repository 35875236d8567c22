using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadLifecycle.Serialization;

/// <summary>The internal documents definitions are written as; same options as <see cref="LeadLifecycleJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(LeadProcessDocument))]
[JsonSerializable(typeof(SalesProcessDocument))]
internal sealed partial class DefinitionDocumentsJsonContext : JsonSerializerContext;
