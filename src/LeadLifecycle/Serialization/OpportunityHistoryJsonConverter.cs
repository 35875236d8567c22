using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>Writes an opportunity's history as a JSON array of its rows, oldest first.</summary>
internal sealed class OpportunityHistoryJsonConverter : JsonConverter<OpportunityHistory>
{
    public override OpportunityHistory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of history rows, found {reader.TokenType}.");
        }

        var entryInfo = EntryInfo(options);
        var entries = new List<OpportunityHistoryEntry>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            entries.Add(JsonSerializer.Deserialize(ref reader, entryInfo) ?? throw new JsonException("A history row is null."));
        }

        return OpportunityHistory.Create([.. entries]);
    }

    public override void Write(Utf8JsonWriter writer, OpportunityHistory value, JsonSerializerOptions options)
    {
        var entryInfo = EntryInfo(options);
        writer.WriteStartArray();
        foreach (var entry in value)
        {
            JsonSerializer.Serialize(writer, entry, entryInfo);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<OpportunityHistoryEntry> EntryInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<OpportunityHistoryEntry>)options.GetTypeInfo(typeof(OpportunityHistoryEntry));
}
