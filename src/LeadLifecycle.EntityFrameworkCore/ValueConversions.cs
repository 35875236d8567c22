using LeadLifecycle.Leads;
using LeadLifecycle.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>The value converters and comparers of the mapping: typed ids as their text, and the library's immutable
/// values (addresses, custom fields, campaign memberships) as JSON text in the library's wire format.</summary>
internal static class ValueConversions
{
    /// <summary>The column length of every id: Salesforce ids are 15 or 18 characters, GUIDs 36.</summary>
    public const int IdLength = 64;

    public static readonly ValueConverter<LeadId, string> LeadIdConverter = new(id => id.Value, text => new LeadId(text));

    public static readonly ValueConverter<AccountId, string> AccountIdConverter = new(id => id.Value, text => new AccountId(text));

    public static readonly ValueConverter<ContactId, string> ContactIdConverter = new(id => id.Value, text => new ContactId(text));

    public static readonly ValueConverter<OpportunityId, string> OpportunityIdConverter = new(id => id.Value, text => new OpportunityId(text));

    public static readonly ValueConverter<OwnerId, string> OwnerIdConverter = new(id => id.Value, text => new OwnerId(text));

    public static readonly ValueConverter<CampaignId, string> CampaignIdConverter = new(id => id.Value, text => new CampaignId(text));

    /// <summary>An address column is nullable; EF Core never passes a null to a converter.</summary>
    public static readonly ValueConverter<Address?, string> AddressConverter = new(value => LeadLifecycleJson.Serialize(value!), json => Read<Address>(json));

    public static readonly ValueConverter<CustomFields, string> CustomFieldsConverter = Json<CustomFields>();

    public static readonly ValueConverter<CampaignMemberships, string> CampaignMembershipsConverter = Json<CampaignMemberships>();

    public static readonly ValueComparer<Address?> AddressComparer = Immutable<Address?>();

    public static readonly ValueComparer<CustomFields> CustomFieldsComparer = Immutable<CustomFields>();

    public static readonly ValueComparer<CampaignMemberships> CampaignMembershipsComparer = Immutable<CampaignMemberships>();

    private static ValueConverter<T, string> Json<T>()
        where T : class => new(value => LeadLifecycleJson.Serialize(value), json => Read<T>(json));

    /// <summary>Compares by the value's own (structural) equality; the values are immutable, so the snapshot is the
    /// value itself.</summary>
    private static ValueComparer<T> Immutable<T>()
        where T : class? => new(
            (left, right) => Equals(left, right),
            value => value == null ? 0 : value.GetHashCode(),
            value => value);

    /// <summary>A stored value read back; a column that holds no such value is corrupt data, not an expected failure.</summary>
    private static T Read<T>(string json)
    {
        var result = LeadLifecycleJson.Deserialize<T>(json);
        return result.IsSuccess
            ? result.Value
            : throw new InvalidOperationException($"A stored {typeof(T).Name} column is not valid JSON for it: {result.Errors[0].Message}");
    }
}
