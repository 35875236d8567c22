using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadLifecycle.Serialization;

/// <summary>Writes a typed id as its plain string, e.g. <c>"00Q5e00000AbCdE"</c>.</summary>
internal sealed class StringIdJsonConverter<TId>(Func<string, TId> create, Func<TId, string> valueOf) : JsonConverter<TId>
    where TId : struct
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string id, found {reader.TokenType}.");
        }

        var value = reader.GetString();
        return string.IsNullOrEmpty(value) ? default : create(value);
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(valueOf(value));
}

/// <summary>The converters of every typed id of the library, in one place; no reflection, so trimming- and AOT-safe.</summary>
internal sealed class StringIdJsonConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, JsonConverter> Converters = new()
    {
        [typeof(LeadId)] = new StringIdJsonConverter<LeadId>(v => new(v), id => id.ToString()),
        [typeof(AccountId)] = new StringIdJsonConverter<AccountId>(v => new(v), id => id.ToString()),
        [typeof(ContactId)] = new StringIdJsonConverter<ContactId>(v => new(v), id => id.ToString()),
        [typeof(OpportunityId)] = new StringIdJsonConverter<OpportunityId>(v => new(v), id => id.ToString()),
        [typeof(OwnerId)] = new StringIdJsonConverter<OwnerId>(v => new(v), id => id.ToString()),
        [typeof(CampaignId)] = new StringIdJsonConverter<CampaignId>(v => new(v), id => id.ToString()),
    };

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Converters[typeToConvert];
}
