using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadLifecycle.Serialization;

/// <summary>Writes custom fields as a JSON object of API names to text values.</summary>
/// <remarks>Reading refuses, as a <see cref="JsonException"/>, what <see cref="CustomFields"/> cannot hold: an empty or
/// blank name, the same name twice, and a value that is not a string or null.</remarks>
internal sealed class CustomFieldsJsonConverter : JsonConverter<CustomFields>
{
    public override CustomFields Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of custom fields, found {reader.TokenType}.");
        }

        var fields = new List<KeyValuePair<string, string?>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? string.Empty;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new JsonException("A custom field needs a name; an empty or blank name is not allowed.");
            }

            if (!names.Add(name))
            {
                throw new JsonException($"Custom field '{name}' appears twice.");
            }

            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Custom field '{name}' must be a string or null, found {reader.TokenType}."),
            };
            fields.Add(new(name, value));
        }

        return CustomFields.From(fields);
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
