using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Serialization;

/// <summary>Reads and writes the library's records, events and definitions as JSON, trimming- and AOT-safe.</summary>
/// <remarks>
/// Backed by a source-generated System.Text.Json context. Property names are camelCase and stable; enums are written
/// by member name, typed ids as plain strings, custom fields as an object; nulls are written explicitly. A lead process is
/// written as its statuses and transitions and validated again when read (guards are code and cannot be written); a
/// sales process as its stages, policy and required fields, validated again when read.
/// Reading never throws for bad input: malformed JSON and wrong types come back as <see cref="InvalidJsonError"/>
/// naming the JSON path.
/// </remarks>
public static class LeadLifecycleJson
{
    /// <summary>Gets options that serialize every type of the library; combine <see cref="TypeInfoResolver"/> with
    /// your own context to embed the library's types in your documents.</summary>
    public static JsonSerializerOptions Options => LeadLifecycleJsonContext.Default.Options;

    /// <summary>Gets the source-generated type information of every type of the library.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => LeadLifecycleJsonContext.Default;

    /// <summary>Writes a value as JSON.</summary>
    /// <typeparam name="T">A record, event or definition type of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException">The type is not one of the library's, or a lead process has guards.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Reads a value from JSON.</summary>
    /// <typeparam name="T">A record, event or definition type of the library.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value, or an <see cref="InvalidJsonError"/> that names the JSON path.</returns>
    public static Result<T> Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var value = JsonSerializer.Deserialize(json, TypeInfo<T>());
            return value is null
                ? Result.Fail<T>(new InvalidJsonError("$", "the document is null"))
                : Result.Ok(value);
        }
        catch (JsonException exception)
        {
            return Result.Fail<T>(new InvalidJsonError(exception.Path ?? "$", exception.Message));
        }
    }

    /// <summary>Reads a lead from JSON and checks that its status belongs to a lead process.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="process">The lead process the lead must be in.</param>
    /// <returns>The lead, or an <see cref="InvalidJsonError"/> or <see cref="UnknownLeadStatusError"/>.</returns>
    public static Result<Lead> DeserializeLead(string json, LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var result = Deserialize<Lead>(json);
        if (result.IsFailed)
        {
            return result;
        }

        var lead = result.Value;
        return process.FindStatus(lead.Status) is { } status
            ? Result.Ok(lead with { Status = status.Name })
            : Result.Fail<Lead>(new UnknownLeadStatusError(lead.Status, process.Name));
    }

    /// <summary>Reads an opportunity from JSON and checks that its stage belongs to a sales process.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="process">The sales process the opportunity must be in.</param>
    /// <returns>The opportunity, or an <see cref="InvalidJsonError"/> or <see cref="UnknownOpportunityStageError"/>.</returns>
    public static Result<Opportunity> DeserializeOpportunity(string json, SalesProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var result = Deserialize<Opportunity>(json);
        if (result.IsFailed)
        {
            return result;
        }

        var opportunity = result.Value;
        return process.FindStage(opportunity.Stage) is { } stage
            ? Result.Ok(opportunity with { Stage = stage.Name })
            : Result.Fail<Opportunity>(new UnknownOpportunityStageError(opportunity.Stage, process.Name));
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        LeadLifecycleJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T)} is not serialized by {nameof(LeadLifecycleJsonContext)}.");
}
