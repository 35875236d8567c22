using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Serialization;

/// <summary>Writes a lead's campaign memberships as a JSON array.</summary>
internal sealed class CampaignMembershipsJsonConverter : JsonConverter<CampaignMemberships>
{
    public override CampaignMemberships Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of campaign memberships, found {reader.TokenType}.");
        }

        var membershipInfo = MembershipInfo(options);
        var memberships = new List<CampaignMembership>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            memberships.Add(JsonSerializer.Deserialize(ref reader, membershipInfo) ?? throw new JsonException("A campaign membership is null."));
        }

        return CampaignMemberships.Create([.. memberships]);
    }

    public override void Write(Utf8JsonWriter writer, CampaignMemberships value, JsonSerializerOptions options)
    {
        var membershipInfo = MembershipInfo(options);
        writer.WriteStartArray();
        foreach (var membership in value)
        {
            JsonSerializer.Serialize(writer, membership, membershipInfo);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<CampaignMembership> MembershipInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<CampaignMembership>)options.GetTypeInfo(typeof(CampaignMembership));
}
