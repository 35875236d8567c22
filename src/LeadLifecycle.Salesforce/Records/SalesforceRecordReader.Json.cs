using System.Text.Json;
using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <content><c>sf data tree</c> JSON files.</content>
public abstract partial class SalesforceRecordReader<TRecord>
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads every record of an <c>sf data tree export</c> JSON file (<c>{"records": [...]}</c>, or a bare array).</summary>
    /// <param name="path">The file.</param>
    /// <returns>One result per record, in file order.</returns>
    public RecordImportResult<TRecord> ReadDataTree(string path)
    {
        Preconditions.NotBlank(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return FileFailure(path, $"cannot be read: {exception.Message}");
        }

        using (stream)
        {
            return ReadDataTree(stream, path);
        }
    }

    /// <summary>Reads every record of <c>sf data tree export</c> JSON content (UTF-8, with or without a byte-order mark).</summary>
    /// <remarks>A record whose <c>attributes.type</c> names another object is a <see cref="MalformedRecordError"/>. A
    /// nested object or array other than a compound address is kept as its JSON text in a custom field (an
    /// <c>sf data tree</c> child relationship, say).</remarks>
    /// <param name="content">The content; the caller disposes it.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>One result per record, in file order.</returns>
    public RecordImportResult<TRecord> ReadDataTree(Stream content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        JsonDocument document;
        ReadOnlyMemory<byte> bytes;
        try
        {
            if (content.CanSeek && content.Length - content.Position > Options.MaxJsonFileSizeBytes)
            {
                return FileFailure(sourceName, $"the file is larger than the limit of {Options.MaxJsonFileSizeBytes} bytes.");
            }

            using var buffer = new MemoryStream();
            var limited = new TruncatingStream(content, Options.MaxJsonFileSizeBytes);
            limited.CopyTo(buffer);
            if (limited.Exceeded)
            {
                return FileFailure(sourceName, $"the content is larger than the limit of {Options.MaxJsonFileSizeBytes} bytes.");
            }

            bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (bytes.Span.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            document = JsonDocument.Parse(bytes, JsonOptions);
        }
        catch (JsonException exception)
        {
            return new(sourceName, [], [], [new MalformedFileError(sourceName, (int)(exception.LineNumber ?? -1) + 1, exception.Message)], [], [], []);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            return FileFailure(sourceName, exception.Message);
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
                return FileFailure(sourceName, "expected {\"records\": [...]} or an array of records.");
            }

            var custom = new List<string>();
            var ignored = new List<string>();
            var records = new List<Result<TRecord>>();
            var recordLines = new List<int>();
            var builder = new RowBuilder(this, sourceName, pooledColumns: null);
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
                builder.Begin(row, line);
                try
                {
                    ReadJsonRecord(element, builder, custom, ignored);
                }
                catch (InvalidOperationException exception)
                {
                    // JsonDocument decodes text lazily: invalid UTF-8 inside a string surfaces here.
                    builder.Begin(row, line);
                    builder.Fail(new MalformedRecordError(sourceName, row, line, exception.Message));
                }

                records.Add(builder.Finish());
                recordLines.Add(line);
            }

            return new RecordImportResult<TRecord>(sourceName, records, recordLines, [], [], custom, ignored);
        }
    }

    private void ReadJsonRecord(JsonElement element, RowBuilder builder, List<string> custom, List<string> ignored)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            builder.Fail(new MalformedRecordError(builder.Source, builder.Row, builder.Line, $"a record must be a JSON object, not {element.ValueKind}."));
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("attributes"))
            {
                if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("type", out var type)
                    && type.ValueKind == JsonValueKind.String && !string.Equals(type.GetString(), Schema.ObjectName, StringComparison.OrdinalIgnoreCase))
                {
                    builder.Fail(new MalformedRecordError(builder.Source, builder.Row, builder.Line, $"the record's type is {type.GetString()}, not {Schema.ObjectName}."));
                    return;
                }

                continue;
            }

            var name = RecordSchema<TRecord>.ColumnName(property.Name, 0);
            var binding = Options.IgnoredColumns.Contains(name, StringComparer.OrdinalIgnoreCase)
                || (Schema.NameParts.Length > 0 && Schema.Derived.Contains(name, StringComparer.OrdinalIgnoreCase))
                ? RecordSchema<TRecord>.Ignored
                : Schema.Resolve(name);
            var kind = Schema.KindOf(binding);
            Note(kind, name, custom, ignored);
            var value = property.Value;
            if (kind == FieldKind.Address && value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            {
                if (FieldValueParser.TryAddress(value, out var address))
                {
                    builder.Draft.CompoundAddress = address;
                }
                else
                {
                    builder.Reject(binding, name, value.GetRawText(), FieldValueParser.AddressExpected);
                }

                continue;
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
            if (kind is not (FieldKind.Custom or FieldKind.Ignored) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                builder.Reject(binding, name, text, "a single value");
                continue;
            }

            builder.Apply(binding, name, text, -1);
        }
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

    private static void Note(FieldKind kind, string name, List<string> custom, List<string> ignored)
    {
        var list = kind switch { FieldKind.Custom => custom, FieldKind.Ignored => ignored, _ => null };
        if (list is not null && !list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }
}
