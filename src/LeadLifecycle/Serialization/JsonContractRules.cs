using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>What the library's JSON contracts add to System.Text.Json's: a read record never holds a null in a
/// non-nullable member.</summary>
/// <remarks>
/// For init-only properties the source generator sets a member missing from the JSON to <c>default</c>, not to the
/// property's initializer, so <c>{"name":"Deal"}</c> would read as an opportunity whose <c>History</c> and
/// <c>CustomFields</c> are null and whose later use throws. After each of the library's objects is read, a missing
/// (null) non-nullable member becomes its empty value where the record has one (text <c>""</c>, empty custom fields,
/// empty history, empty list), as if the member had been left out of a C# object initializer; any other null is a
/// <see cref="JsonException"/>, which <see cref="LeadLifecycleJson"/> reports as <c>INVALID_JSON</c> with its path.
/// </remarks>
internal static class JsonContractRules
{
    /// <summary>The library's resolver with the rules applied.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } =
        LeadLifecycleJsonContext.Default.WithAddedModifier(NoNullsInNonNullableMembers);

    private static void NoNullsInNonNullableMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Assembly != typeof(JsonContractRules).Assembly)
        {
            return;
        }

        var members = typeInfo.Properties
            .Where(p => p.Get is not null && !p.IsGetNullable && !p.PropertyType.IsValueType)
            .ToArray();
        if (members.Length == 0)
        {
            return;
        }

        var typeName = typeInfo.Type.Name;
        var earlier = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            earlier?.Invoke(value);
            foreach (var member in members)
            {
                if (member.Get!(value) is not null)
                {
                    continue;
                }

                var empty = EmptyValueOf(member.PropertyType);
                if (empty is null || member.Set is null)
                {
                    throw new JsonException($"{typeName} needs '{member.Name}'; it is missing or null.");
                }

                member.Set(value, empty);
            }
        };
    }

    private static object? EmptyValueOf(Type type) => type switch
    {
        _ when type == typeof(string) => string.Empty,
        _ when type == typeof(CustomFields) => CustomFields.Empty,
        _ when type == typeof(OpportunityHistory) => OpportunityHistory.Empty,
        _ when type == typeof(IReadOnlyList<string>) => Array.Empty<string>(),
        _ => null,
    };
}
