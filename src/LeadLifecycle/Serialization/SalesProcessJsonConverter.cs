using System.Text.Json;
using System.Text.Json.Serialization;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>The JSON shape of a sales process: its stages in order, its policy, the fields each stage requires and its
/// default stage (absent: the first active open stage).</summary>
internal sealed record SalesProcessDocument(
    string Name,
    IReadOnlyList<OpportunityStage> Stages,
    SalesProcessPolicy? Policy = null,
    IReadOnlyList<StageRequirementDocument>? RequiredFields = null,
    string? DefaultStage = null);

/// <summary>The fields one stage requires, in JSON.</summary>
internal sealed record StageRequirementDocument(string Stage, IReadOnlyList<OpportunityField> Fields);

/// <summary>Writes a sales process as its definition and reads it back through <see cref="SalesProcessBuilder"/>, so a
/// read process is validated like a built one.</summary>
internal sealed class SalesProcessJsonConverter : JsonConverter<SalesProcess>
{
    public override SalesProcess Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var document = JsonSerializer.Deserialize(ref reader, DefinitionDocumentsJsonContext.Default.SalesProcessDocument)
            ?? throw new JsonException("A sales process cannot be null.");
        SalesProcessBuilder builder;
        try
        {
            builder = new SalesProcessBuilder(document.Name)
                .AddStages(document.Stages)
                .WithPolicy(document.Policy ?? SalesProcessPolicy.FreeMovement);
            if (!string.IsNullOrEmpty(document.DefaultStage))
            {
                builder.WithDefaultStage(document.DefaultStage);
            }

            // Each stage's own list: requiring it "from that stage on" again yields the same sets, since they only grow.
            foreach (var requirement in document.RequiredFields ?? [])
            {
                if (requirement?.Fields is null)
                {
                    throw new JsonException("A required-fields entry of a sales process needs a stage and its fields.");
                }

                builder.RequireFields(requirement.Stage, [.. requirement.Fields]);
            }
        }
        catch (ArgumentException exception)
        {
            // A name the builder refuses (empty, blank, null) or a value outside an enum: bad data, not a bug.
            throw new JsonException("Invalid sales process: " + exception.Message, exception);
        }

        var result = builder.TryBuild();
        return result.IsSuccess
            ? result.Value
            : throw new JsonException("Invalid sales process: " + string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    public override void Write(Utf8JsonWriter writer, SalesProcess value, JsonSerializerOptions options)
    {
        var requirements = value.Stages
            .Select(stage => new StageRequirementDocument(stage.Name, value.GetRequiredFields(stage.Name)))
            .Where(requirement => requirement.Fields.Count > 0)
            .ToArray();
        var document = new SalesProcessDocument(value.Name, value.Stages, value.Policy, requirements, value.DefaultStage.Name);
        JsonSerializer.Serialize(writer, document, DefinitionDocumentsJsonContext.Default.SalesProcessDocument);
    }
}
