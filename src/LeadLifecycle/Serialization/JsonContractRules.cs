using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>What the library's JSON contracts add to System.Text.Json's: a read record never holds a null in a
/// non-nullable member.</summary>
/// <remarks>
/// For init-only properties the source generator sets a member missing from the JSON to <c>default</c>, not to the
/// property's initializer, so <c>{"name":"Deal"}</c> would read as an opportunity whose <c>History</c> and
/// <c>CustomFields</c> are null and whose later use throws (and setting an init-only property afterwards is not supported
/// by the generated metadata). After each of the library's objects is read, a missing non-nullable member listed in
/// <see cref="Fillers"/> gets the value its initializer gives (text <c>""</c>, empty custom fields, empty history), as
/// if it had been left out of a C# object initializer; any other null is a <see cref="JsonException"/>, which
/// <see cref="LeadLifecycleJson"/> reports as <c>INVALID_JSON</c> with its path. A new non-nullable reference member
/// of a record is therefore safe by default (missing means refused) until it is listed here.
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

                if (!Fillers.TryGetValue((typeInfo.Type, member.Name), out var fill))
                {
                    throw new JsonException($"{typeName} needs '{member.Name}'; it is missing or null.");
                }

                fill(value);
            }
        };
    }

    /// <summary>The members that have an empty value to fall back on, by type and JSON name, and how to set it.</summary>
    private static readonly Dictionary<(Type Type, string Member), Action<object>> Fillers = new()
    {
        [(typeof(Lead), "lastName")] = o => Init.LastName((Lead)o, string.Empty),
        [(typeof(Lead), "status")] = o => Init.Status((Lead)o, string.Empty),
        [(typeof(Lead), "customFields")] = o => Init.CustomFields((Lead)o, CustomFields.Empty),
        [(typeof(Account), "name")] = o => Init.Name((Account)o, string.Empty),
        [(typeof(Account), "customFields")] = o => Init.CustomFields((Account)o, CustomFields.Empty),
        [(typeof(Contact), "lastName")] = o => Init.LastName((Contact)o, string.Empty),
        [(typeof(Contact), "customFields")] = o => Init.CustomFields((Contact)o, CustomFields.Empty),
        [(typeof(Opportunity), "name")] = o => Init.Name((Opportunity)o, string.Empty),
        [(typeof(Opportunity), "stage")] = o => Init.Stage((Opportunity)o, string.Empty),
        [(typeof(Opportunity), "customFields")] = o => Init.CustomFields((Opportunity)o, CustomFields.Empty),
        [(typeof(Opportunity), "history")] = o => Init.History((Opportunity)o, OpportunityHistory.Empty),
    };

    /// <summary>The init accessors, reached without reflection (trimming- and AOT-safe) while the object being read is
    /// not yet handed out.</summary>
    private static class Init
    {
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_LastName")]
        public static extern void LastName(Lead lead, string value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Status")]
        public static extern void Status(Lead lead, string value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CustomFields")]
        public static extern void CustomFields(Lead lead, CustomFields value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Name")]
        public static extern void Name(Account account, string value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CustomFields")]
        public static extern void CustomFields(Account account, CustomFields value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_LastName")]
        public static extern void LastName(Contact contact, string value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CustomFields")]
        public static extern void CustomFields(Contact contact, CustomFields value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Name")]
        public static extern void Name(Opportunity opportunity, string value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Stage")]
        public static extern void Stage(Opportunity opportunity, string value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CustomFields")]
        public static extern void CustomFields(Opportunity opportunity, CustomFields value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_History")]
        public static extern void History(Opportunity opportunity, OpportunityHistory value);
    }
}
