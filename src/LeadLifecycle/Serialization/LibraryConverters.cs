using System.Text.Json.Serialization;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>The converters a host's options need for the library's wire format, in one place: the same list the
/// source-generated context declares, plus a by-name converter for each of the library's enums (the context's own
/// string-enum setting applies only to its own options).</summary>
internal static class LibraryConverters
{
    public static IEnumerable<JsonConverter> Create() =>
    [
        new StringIdJsonConverterFactory(),
        new CustomFieldsJsonConverter(),
        new LeadProcessJsonConverter(),
        new OpportunityHistoryJsonConverter(),
        new SalesProcessJsonConverter(),
        new JsonStringEnumConverter<LeadStatusTrigger>(),
        new JsonStringEnumConverter<OpportunityStageTrigger>(),
        new JsonStringEnumConverter<ForecastCategory>(),
        new JsonStringEnumConverter<OpportunityField>(),
        new JsonStringEnumConverter<ConversionReadiness>(),
        new JsonStringEnumConverter<ConversionTarget>(),
    ];
}
