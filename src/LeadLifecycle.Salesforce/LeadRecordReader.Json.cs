using System.Text.Json;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <content><c>sf data tree</c> JSON files.</content>
public sealed partial class LeadRecordReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads every lead of an <c>sf data tree export</c> JSON file (<c>{"records": [...]}</c>, or a bare array).</summary>
    /// <param name="path">The file.</param>
    /// <returns>Every record as a lead or its errors.</returns>
    public LeadImportResult ReadDataTree(string path)
    {
        Preconditions.NotBlank(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return FileFailure(path, 0, $"cannot be read: {exception.Message}");
        }

        using (stream)
        {
            return ReadDataTree(stream, path);
        }
    }

    /// <summary>Reads every lead of <c>sf data tree export</c> JSON content.</summary>
    /// <remarks>A record whose <c>attributes.type</c> is not <c>Lead</c> is an error. A nested object or array
    /// other than the compound address is kept as its JSON text in a custom field.</remarks>
    /// <param name="content">The content; the caller disposes it.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>Every record as a lead or its errors.</returns>
    public LeadImportResult ReadDataTree(Stream content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        JsonDocument document;
        try
        {
            if (content.CanSeek && content.Length - content.Position > _options.MaxJsonFileSizeBytes)
            {
                return FileFailure(sourceName, 0, $"the file is larger than the limit of {_options.MaxJsonFileSizeBytes} bytes.");
            }

            document = JsonDocument.Parse(new LimitedStream(content, _options.MaxJsonFileSizeBytes), JsonOptions);
        }
        catch (JsonException exception)
        {
            return FileFailure(sourceName, (int)(exception.LineNumber ?? -1) + 1, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            return FileFailure(sourceName, 0, exception.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("records", out var list))
            {
                root = list;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return FileFailure(sourceName, 0, "expected {\"records\": [...]} or an array of records.");
            }

            var custom = new List<string>();
            var ignored = new List<string>();
            var records = new List<ImportedLead>();
            var draft = new LeadDraft();
            var row = 0;
            foreach (var element in root.EnumerateArray())
            {
                row++;
                try
                {
                    records.Add(ReadJsonRecord(element, row, draft, sourceName, custom, ignored));
                }
                catch (InvalidOperationException exception)
                {
                    // JsonDocument decodes text lazily: invalid UTF-8 inside a string surfaces here.
                    records.Add(Failed(row, 0, new MalformedRecordError(sourceName, row, 0, exception.Message)));
                }
            }

            return new LeadImportResult(sourceName, records, [], custom, ignored);
        }
    }

    private ImportedLead ReadJsonRecord(JsonElement element, int row, LeadDraft draft, string source, List<string> custom, List<string> ignored)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Failed(row, 0, new MalformedRecordError(source, row, 0, $"a record must be a JSON object, not {element.ValueKind}."));
        }

        draft.Reset();
        List<LeadLifecycleError>? errors = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("attributes"))
            {
                if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("type", out var type)
                    && type.ValueKind == JsonValueKind.String && !string.Equals(type.GetString(), "Lead", StringComparison.OrdinalIgnoreCase))
                {
                    return Failed(row, 0, new MalformedRecordError(source, row, 0, $"the record's type is {type.GetString()}, not Lead."));
                }

                continue;
            }

            var name = LeadFieldNames.CustomName(property.Name, 0);
            var field = LeadFieldNames.Resolve(name, _options.IgnoredColumns);
            Note(field, name, custom, ignored);
            var value = property.Value;
            string? expected;
            if (field == LeadField.Address && value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            {
                expected = FieldValueParser.TryAddress(value, out var address) ? null : FieldValueParser.AddressExpected;
                draft.CompoundAddress = address;
            }
            else
            {
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.GetRawText(),
                };
                if (field == LeadField.Custom)
                {
                    draft.SetCustom(name, text);
                    continue;
                }

                expected = field != LeadField.Ignored && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                    ? "a single value"
                    : FieldValueParser.Apply(draft, field, text, _options.UnzonedOffset);
                if (expected is not null)
                {
                    (errors ??= []).Add(new RecordFieldError(source, row, 0, name, text, expected));
                }

                continue;
            }

            if (expected is not null)
            {
                (errors ??= []).Add(new RecordFieldError(source, row, 0, name, value.GetRawText(), expected));
            }
        }

        return errors is null ? Accept(draft.ToLead(), row, 0, source, "Status") : new ImportedLead(row, 0, null, errors);
    }

    private static void Note(LeadField field, string name, List<string> custom, List<string> ignored)
    {
        var list = field switch { LeadField.Custom => custom, LeadField.Ignored => ignored, _ => null };
        if (list is not null && !list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }

    private static LeadImportResult FileFailure(string source, int line, string detail) =>
        new(source, [], [new MalformedFileError(source, line, detail)], [], []);
}
