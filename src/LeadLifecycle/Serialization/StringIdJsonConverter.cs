using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadLifecycle.Serialization;

/// <summary>Writes a typed id as its plain string, e.g. <c>"00Q5e00000AbCdE"</c>.</summary>
internal abstract class StringIdJsonConverter<TId> : JsonConverter<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string id, found {reader.TokenType}.");
        }

        var value = reader.GetString();
        return string.IsNullOrEmpty(value) ? default! : Create(value);
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ValueOf(value));

    protected abstract TId Create(string value);

    protected abstract string ValueOf(TId id);
}

internal sealed class LeadIdJsonConverter : StringIdJsonConverter<LeadId>
{
    protected override LeadId Create(string value) => new(value);

    protected override string ValueOf(LeadId id) => id.ToString();
}

internal sealed class AccountIdJsonConverter : StringIdJsonConverter<AccountId>
{
    protected override AccountId Create(string value) => new(value);

    protected override string ValueOf(AccountId id) => id.ToString();
}

internal sealed class ContactIdJsonConverter : StringIdJsonConverter<ContactId>
{
    protected override ContactId Create(string value) => new(value);

    protected override string ValueOf(ContactId id) => id.ToString();
}

internal sealed class OpportunityIdJsonConverter : StringIdJsonConverter<OpportunityId>
{
    protected override OpportunityId Create(string value) => new(value);

    protected override string ValueOf(OpportunityId id) => id.ToString();
}

internal sealed class OwnerIdJsonConverter : StringIdJsonConverter<OwnerId>
{
    protected override OwnerId Create(string value) => new(value);

    protected override string ValueOf(OwnerId id) => id.ToString();
}

internal sealed class CampaignIdJsonConverter : StringIdJsonConverter<CampaignId>
{
    protected override CampaignId Create(string value) => new(value);

    protected override string ValueOf(CampaignId id) => id.ToString();
}
