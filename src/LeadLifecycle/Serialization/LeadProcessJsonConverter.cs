using System.Text.Json;
using System.Text.Json.Serialization;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Serialization;

/// <summary>The JSON shape of a lead process: its statuses and every transition, expanded.</summary>
internal sealed record LeadProcessDocument(string Name, IReadOnlyList<LeadStatus> Statuses, IReadOnlyList<LeadTransitionDocument> Transitions, string? ContactedStatus = null);

/// <summary>One transition of a lead process in JSON.</summary>
internal sealed record LeadTransitionDocument(LeadStatusTrigger Trigger, string From, string To);

/// <summary>Writes a lead process as its definition and reads it back through <see cref="LeadProcessBuilder"/>, so a
/// read process is validated like a built one. Guards are code: a process with guards cannot be written.</summary>
internal sealed class LeadProcessJsonConverter : JsonConverter<LeadProcess>
{
    public override LeadProcess Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var document = JsonSerializer.Deserialize(ref reader, DefinitionDocumentsJsonContext.Default.LeadProcessDocument)
            ?? throw new JsonException("A lead process cannot be null.");
        LeadProcessBuilder builder;
        try
        {
            builder = new LeadProcessBuilder(document.Name);
            foreach (var status in document.Statuses)
            {
                builder.AddStatus(status);
            }

            if (document.ContactedStatus is { } contacted)
            {
                builder.WithContactedStatus(contacted);
            }

            foreach (var transition in document.Transitions)
            {
                if (transition is null)
                {
                    throw new JsonException("A transition of a lead process cannot be null.");
                }

                builder.Permit(transition.Trigger, transition.From, transition.To);
            }
        }
        catch (ArgumentException exception)
        {
            // A name the builder refuses (empty, blank, null) or a trigger outside the enum: bad data, not a bug.
            throw new JsonException("Invalid lead process: " + exception.Message, exception);
        }

        var result = builder.TryBuild();
        return result.IsSuccess
            ? result.Value
            : throw new JsonException("Invalid lead process: " + string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    public override void Write(Utf8JsonWriter writer, LeadProcess value, JsonSerializerOptions options)
    {
        if (value.Rules.Any(r => r.Guards.Length > 0))
        {
            throw new NotSupportedException($"Lead process '{value.Name}' has guards; guards are code and cannot be serialized.");
        }

        var document = new LeadProcessDocument(
            value.Name,
            value.Statuses,
            [.. value.Rules.Select(r => new LeadTransitionDocument(r.Trigger, r.From, r.To))],
            value.ContactedStatus?.Name);
        JsonSerializer.Serialize(writer, document, DefinitionDocumentsJsonContext.Default.LeadProcessDocument);
    }
}
