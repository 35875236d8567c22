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
        ReadOnlyMemory<byte> bytes;
        try
        {
            if (content.CanSeek && content.Length - content.Position > _options.MaxJsonFileSizeBytes)
            {
                return FileFailure(sourceName, 0, $"the file is larger than the limit of {_options.MaxJsonFileSizeBytes} bytes.");
            }

            using var buffer = new MemoryStream();
            new LimitedStream(content, _options.MaxJsonFileSizeBytes).CopyTo(buffer);
            bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            document = JsonDocument.Parse(bytes, JsonOptions);
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
            var lines = RecordLines(bytes.Span);
            if (lines.Count != root.GetArrayLength())
            {
                lines = [];
            }

            var row = 0;
            foreach (var element in root.EnumerateArray())
            {
                var line = row < lines.Count ? lines[row] : 0;
                row++;
                try
                {
                    records.Add(ReadJsonRecord(element, row, line, draft, sourceName, custom, ignored));
                }
                catch (InvalidOperationException exception)
                {
                    // JsonDocument decodes text lazily: invalid UTF-8 inside a string surfaces here.
                    records.Add(Failed(row, line, new MalformedRecordError(sourceName, row, line, exception.Message)));
                }
            }

            return new LeadImportResult(sourceName, records, [], custom, ignored);
        }
    }

    private ImportedLead ReadJsonRecord(JsonElement element, int row, int line, LeadDraft draft, string source, List<string> custom, List<string> ignored)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Failed(row, line, new MalformedRecordError(source, row, line, $"a record must be a JSON object, not {element.ValueKind}."));
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
                    return Failed(row, line, new MalformedRecordError(source, row, line, $"the record's type is {type.GetString()}, not Lead."));
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
                    (errors ??= []).Add(new RecordFieldError(source, row, line, name, text, expected));
                }

                continue;
            }

            if (expected is not null)
            {
                (errors ??= []).Add(new RecordFieldError(source, row, line, name, value.GetRawText(), expected));
            }
        }

        return errors is null ? Accept(draft.ToLead(), row, line, source, "Status") : new ImportedLead(row, line, null, errors);
    }

    /// <summary>The 1-based line each record starts on: the elements of the root array, or of the root object's
    /// <c>records</c> array; empty when the shape is different (the caller then reports line 0).</summary>
    private static List<int> RecordLines(ReadOnlySpan<byte> json)
    {
        var starts = new List<int>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        var recordDepth = -1;
        var expectRecords = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartArray)
            {
                recordDepth = 1;
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                expectRecords = recordDepth < 0 && reader.ValueTextEquals("records"u8);
            }
            else if (expectRecords && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartArray)
            {
                recordDepth = 2;
                expectRecords = false;
            }
            else if (reader.CurrentDepth == recordDepth && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName))
            {
                starts.Add((int)reader.TokenStartIndex);
            }
            else if (recordDepth > 0 && reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == recordDepth - 1)
            {
                break;
            }
        }

        var lines = new List<int>(starts.Count);
        var line = 1;
        var position = 0;
        foreach (var start in starts)
        {
            line += json[position..start].Count((byte)'\n');
            position = start;
            lines.Add(line);
        }

        return lines;
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
