using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Tests.Generators;

/// <summary>The record types whose JSON is attacked.</summary>
public enum JsonRecordKind
{
    Lead = 0,
    Opportunity = 1,
    LeadProcess = 2,
    SalesProcess = 3,
    LeadStatusChanged = 4,
    OpportunityEvent = 5,
    LeadConversion = 6,
    Account = 7,
    Contact = 8,
    OpportunityStage = 9,
    LeadStatus = 10,
}

/// <summary>What a mutation does to one member of a JSON document.</summary>
public enum JsonMutationKind
{
    /// <summary>The member (or array element) is left out.</summary>
    Omit = 0,

    /// <summary>The value becomes the empty value of its kind: <c>""</c>, <c>[]</c>, <c>{}</c>, <c>0</c>, <c>false</c>.</summary>
    Empty = 1,

    /// <summary>The value becomes one of another JSON type.</summary>
    WrongType = 2,

    /// <summary>The value becomes <c>null</c>.</summary>
    Null = 3,

    /// <summary>The property is written a second time, with another value.</summary>
    Duplicate = 4,
}

/// <summary>One mutation: which member (an index into the document's members, in document order, modulo their
/// count), what is done to it, and a variant that picks among the replacement values.</summary>
public sealed record JsonMutation(int Member, JsonMutationKind Kind, int Variant);

/// <summary>A valid document of a record type with structure-aware mutations applied, one after the other.</summary>
public sealed record HostileJson(JsonRecordKind Kind, JsonMutation[] Mutations)
{
    /// <summary>Renders the mutated document.</summary>
    public string Render() => JsonMutator.Apply(JsonArbitraries.ValidDocument(Kind), Mutations);

    public override string ToString() => $"{Kind}: {Render()}";
}

/// <summary>Generators of hostile JSON for every record type: each member omitted, empty, of the wrong type, null or
/// duplicated, at any depth. Shrinks towards fewer mutations and earlier members.</summary>
public static class JsonArbitraries
{
    public static Arbitrary<HostileJson> HostileJson()
    {
        var mutation =
            from member in Gen.Choose(0, 400)
            from kind in Gen.Elements(Enum.GetValues<JsonMutationKind>())
            from variant in Gen.Choose(0, 5)
            select new JsonMutation(member, kind, variant);
        var gen =
            from kind in Gen.Elements(Enum.GetValues<JsonRecordKind>())
            from mutations in Gen.Choose(1, 3).SelectMany(n => mutation.ArrayOf(n))
            select new HostileJson(kind, mutations);
        return gen.ToArbitrary();
    }

    /// <summary>A valid document of each record type, written by the library itself.</summary>
    public static string ValidDocument(JsonRecordKind kind) => JsonSamples.Documents[kind];
}

/// <summary>Applies mutations to a JSON document; duplicates are written with a raw writer, since a JSON DOM cannot
/// hold them.</summary>
internal static class JsonMutator
{
    private static readonly JsonNode?[] WrongTypeValues = [JsonValue.Create(42), JsonValue.Create("text"), JsonValue.Create(true), new JsonObject(), new JsonArray(), JsonValue.Create(-1.5m)];

    public static string Apply(string json, IEnumerable<JsonMutation> mutations)
    {
        var root = JsonNode.Parse(json)!;
        var duplicates = new List<(JsonObject Owner, string Name, JsonNode? Value)>();
        foreach (var mutation in mutations)
        {
            var members = Members(root).ToList();
            if (members.Count == 0)
            {
                break;
            }

            var (parent, name, index) = members[mutation.Member % members.Count];
            var current = name is null ? ((JsonArray)parent)[index] : ((JsonObject)parent)[name];
            switch (mutation.Kind)
            {
                case JsonMutationKind.Omit:
                    if (name is null)
                    {
                        ((JsonArray)parent).RemoveAt(index);
                    }
                    else
                    {
                        ((JsonObject)parent).Remove(name);
                    }

                    break;
                case JsonMutationKind.Duplicate when name is not null:
                    duplicates.Add(((JsonObject)parent, name, Replacement(current, mutation.Variant)));
                    break;
                default:
                    var value = mutation.Kind switch
                    {
                        JsonMutationKind.Empty => EmptyOf(current),
                        JsonMutationKind.WrongType => WrongTypeFor(current, mutation.Variant),
                        JsonMutationKind.Null => null,
                        _ => Replacement(current, mutation.Variant),
                    };
                    Set(parent, name, index, value);
                    break;
            }
        }

        return Write(root, duplicates);
    }

    private static IEnumerable<(JsonNode Parent, string? Name, int Index)> Members(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    yield return (obj, name, -1);
                    if (child is not null)
                    {
                        foreach (var inner in Members(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    if (array[i] is { } child)
                    {
                        foreach (var inner in Members(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static void Set(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (name is null)
        {
            ((JsonArray)parent)[index] = value;
        }
        else
        {
            ((JsonObject)parent)[name] = value;
        }
    }

    private static JsonNode? EmptyOf(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => JsonValue.Create(string.Empty),
        JsonValueKind.Array => new JsonArray(),
        JsonValueKind.Object => new JsonObject(),
        JsonValueKind.Number => JsonValue.Create(0),
        JsonValueKind.True or JsonValueKind.False => JsonValue.Create(false),
        _ => JsonValue.Create(string.Empty),
    };

    private static JsonNode? WrongTypeFor(JsonNode? node, int variant)
    {
        var kind = node?.GetValueKind();
        var candidates = WrongTypeValues.Where(v => v!.GetValueKind() != kind && !(kind is JsonValueKind.True or JsonValueKind.False && v.GetValueKind() is JsonValueKind.True)).ToArray();
        return candidates[variant % candidates.Length]!.DeepClone();
    }

    private static JsonNode? Replacement(JsonNode? node, int variant) => (variant % 3) switch
    {
        0 => node?.DeepClone(),
        1 => EmptyOf(node),
        _ => WrongTypeFor(node, variant),
    };

    private static string Write(JsonNode root, List<(JsonObject Owner, string Name, JsonNode? Value)> duplicates)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteNode(writer, root, duplicates);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, List<(JsonObject Owner, string Name, JsonNode? Value)> duplicates)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, child) in obj)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, child, duplicates);
                    foreach (var duplicate in duplicates.Where(d => ReferenceEquals(d.Owner, obj) && d.Name == name))
                    {
                        writer.WritePropertyName(name);
                        WriteNode(writer, duplicate.Value, duplicates);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteNode(writer, item, duplicates);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
