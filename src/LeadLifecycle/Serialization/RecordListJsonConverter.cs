using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LeadLifecycle.Serialization;

/// <summary>Writes one of the library's immutable lists (history rows, campaign memberships) as a JSON array of its
/// items, and reads it back through the list's own factory, so a read list holds no null item.</summary>
/// <typeparam name="TList">The immutable list type.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
internal abstract class RecordListJsonConverter<TList, TItem> : JsonConverter<TList>
    where TList : IEnumerable<TItem>
    where TItem : class
{
    /// <summary>Gets the item's name in error messages, e.g. "history row".</summary>
    protected abstract string ItemName { get; }

    public override TList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {ItemName}s, found {reader.TokenType}.");
        }

        var itemInfo = ItemInfo(options);
        var items = new List<TItem>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonSerializer.Deserialize(ref reader, itemInfo) ?? throw new JsonException($"A {ItemName} is null."));
        }

        return Create([.. items]);
    }

    public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options)
    {
        var itemInfo = ItemInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }

    /// <summary>Builds the list from the items read.</summary>
    protected abstract TList Create(TItem[] items);

    private static JsonTypeInfo<TItem> ItemInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<TItem>)options.GetTypeInfo(typeof(TItem));
}
