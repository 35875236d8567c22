using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadLifecycle.Serialization;

/// <summary>Writes custom fields as a JSON object of API names to text values.</summary>
internal sealed class CustomFieldsJsonConverter : JsonConverter<CustomFields>
{
    public override CustomFields Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of custom fields, found {reader.TokenType}.");
        }

        var fields = CustomFields.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Custom field '{name}' must be a string or null, found {reader.TokenType}."),
            };
            fields = fields.With(name, value);
        }

        return fields;
    }

    public override void Write(Utf8JsonWriter writer, CustomFields value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, fieldValue) in value)
        {
            writer.WriteString(name, fieldValue);
        }

        writer.WriteEndObject();
    }
}
