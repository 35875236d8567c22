using System.Diagnostics.CodeAnalysis;
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
/// Reading never throws for bad input: malformed JSON, wrong types, a property given twice, an invalid definition and a
/// null where the record needs a value come back as <see cref="InvalidJsonError"/> naming the JSON path. A member left
/// out reads as it would be left out of a C# object initializer: text empty, custom fields, history and lists empty.
/// To use the same wire format in your own <see cref="JsonSerializerOptions"/> (an ASP.NET Core host, your documents),
/// call <see cref="AddLeadLifecycle(JsonSerializerOptions)"/>.
/// </remarks>
public static class LeadLifecycleJson
{
    private static readonly JsonSerializerOptions LibraryOptions = CreateLibraryOptions();

    /// <summary>Gets the library's own read-only options, which serialize every type of the library.</summary>
    /// <remarks>To embed the library's types in your documents, add the library to your options with
    /// <see cref="AddLeadLifecycle(JsonSerializerOptions)"/> rather than combining <see cref="TypeInfoResolver"/> alone:
    /// the resolver alone leaves out the converters of ids, custom fields and history.</remarks>
    public static JsonSerializerOptions Options => LibraryOptions;

    /// <summary>Gets the source-generated type information of every type of the library, with the library's reading
    /// rules (no null in a non-nullable member).</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => JsonContractRules.Resolver;

    /// <summary>Adds the library's wire format to a host's options: its type information first in the resolver chain
    /// (the host's resolvers still answer for every other type; options without a resolver keep reflection for them
    /// where reflection is enabled), and its converters for typed ids, custom fields,
    /// opportunity history, lead and sales processes and the library's enums (by name).</summary>
    /// <remarks>
    /// Only the library's types are affected; the host's naming policy, number handling and its own types stay as they
    /// are; so is <see cref="JsonSerializerOptions.AllowDuplicateProperties"/>: set it to false to refuse a property
    /// given twice (<c>"isConverted":false,"isConverted":true</c>), as <see cref="Options"/> does, instead of letting the
    /// last one win. Call it once, before the options are first used,
    /// e.g. <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.AddLeadLifecycle())</c>.
    /// </remarks>
    /// <param name="options">The host's options; not yet used (not read-only).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions AddLeadLifecycle(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only: add LeadLifecycle before they are first used.");
        }

        var hostHadNoResolver = options.TypeInfoResolver is null;
        options.TypeInfoResolverChain.Insert(0, JsonContractRules.Resolver);
        if (hostHadNoResolver && JsonSerializer.IsReflectionEnabledByDefault)
        {
            // Options without a resolver would have used reflection for the host's own types on first use; keep that.
            options.TypeInfoResolverChain.Add(ReflectionResolver());
        }
        foreach (var converter in LibraryConverters.Create())
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>Writes a value as JSON.</summary>
    /// <typeparam name="T">A record, event or definition type of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException">The type is not one of the library's, or a lead process has guards.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Reads a value from JSON.</summary>
    /// <typeparam name="T">A record, event or definition type of the library.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value, or an <see cref="InvalidJsonError"/> that names the JSON path: malformed JSON, a value of
    /// the wrong type, a property given twice, a null where a value is needed, an invalid definition.</returns>
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
        catch (NotSupportedException exception)
        {
            // System.Text.Json's word for some bad documents, e.g. a polymorphic event without its "$type".
            return Result.Fail<T>(new InvalidJsonError(PathIn(exception.Message), exception.InnerException?.Message ?? exception.Message));
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException or InvalidOperationException or InvalidDefinitionException)
        {
            // A value a record's own checks refuse while it is built: bad data, reported like any other.
            return Result.Fail<T>(new InvalidJsonError("$", exception.Message));
        }
    }

    /// <summary>Reads a lead from JSON and checks that its status belongs to a lead process.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="process">The lead process the lead must be in.</param>
    /// <returns>The lead, or an <see cref="InvalidJsonError"/> (also when the status is missing) or an
    /// <see cref="UnknownLeadStatusError"/>.</returns>
    public static Result<Lead> DeserializeLead(string json, LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var result = Deserialize<Lead>(json);
        if (result.IsFailed)
        {
            return result;
        }

        var lead = result.Value;
        if (string.IsNullOrEmpty(lead.Status))
        {
            return Result.Fail<Lead>(new InvalidJsonError("$.status", $"a lead needs a status of lead process '{process.Name}'"));
        }

        return process.FindStatus(lead.Status) is { } status
            ? Result.Ok(lead with { Status = status.Name })
            : Result.Fail<Lead>(new UnknownLeadStatusError(lead.Status, process.Name));
    }

    /// <summary>Reads an opportunity from JSON and checks that its stage belongs to a sales process.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="process">The sales process the opportunity must be in.</param>
    /// <returns>The opportunity, or an <see cref="InvalidJsonError"/> (also when the stage is missing) or an
    /// <see cref="UnknownOpportunityStageError"/>.</returns>
    public static Result<Opportunity> DeserializeOpportunity(string json, SalesProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var result = Deserialize<Opportunity>(json);
        if (result.IsFailed)
        {
            return result;
        }

        var opportunity = result.Value;
        if (string.IsNullOrEmpty(opportunity.Stage))
        {
            return Result.Fail<Opportunity>(new InvalidJsonError("$.stage", $"an opportunity needs a stage of sales process '{process.Name}'"));
        }

        return process.FindStage(opportunity.Stage) is { } stage
            ? Result.Ok(opportunity with { Stage = stage.Name })
            : Result.Fail<Opportunity>(new UnknownOpportunityStageError(opportunity.Stage, process.Name));
    }

    /// <summary>The JSON path System.Text.Json writes into some messages (<c>Path: $.x | LineNumber: ...</c>), or the root.</summary>
    private static string PathIn(string message)
    {
        const string marker = "Path: ";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return "$";
        }

        start += marker.Length;
        var end = message.IndexOf(' ', start);
        return end < 0 ? message[start..] : message[start..end];
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when reflection-based serialization is enabled (a feature switch the trimmer honours), as System.Text.Json itself does.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when reflection-based serialization is enabled (a feature switch the trimmer honours), as System.Text.Json itself does.")]
    private static DefaultJsonTypeInfoResolver ReflectionResolver() => new();

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        LibraryOptions.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T)} is not serialized by {nameof(LeadLifecycleJsonContext)}.");

    private static JsonSerializerOptions CreateLibraryOptions()
    {
        var options = new JsonSerializerOptions(LeadLifecycleJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonContractRules.Resolver,
        };
        options.MakeReadOnly();
        return options;
    }
}
