using System.Text;
using System.Text.Unicode;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>Opens CSV bytes as text: the byte-order mark's encoding, else <see cref="RecordImportOptions.Encoding"/>,
/// else UTF-8 when the bytes are UTF-8 (checked first when the stream can seek), else Windows-1252 with a warning.</summary>
internal static class TextDecoding
{
    private const int BufferSize = 1 << 16;

    /// <summary>UTF-8 that throws on bytes that are not UTF-8 instead of writing U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TextReader Open(Stream content, string source, Encoding? configured, out ImportWarning? warning)
    {
        warning = null;
        if (Preamble(content) is { } marked)
        {
            return new StreamReader(content, marked, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        }

        if (configured is not null)
        {
            return new StreamReader(content, configured, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
        }

        if (content.CanSeek && FirstInvalidUtf8(content) is { } offset)
        {
            warning = new ImportWarning(SalesforceErrorCodes.EncodingFallback, source, 0, 0, null, null,
                $"the bytes are not UTF-8 (byte {offset} is not) and there is no byte-order mark: read as Windows-1252. Set RecordImportOptions.Encoding if the file is in another encoding.");
            return new StreamReader(content, Windows1252Encoding.Instance, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
        }

        return new StreamReader(content, StrictUtf8, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
    }

    /// <summary>The length of the bytes up to the start of a trailing incomplete UTF-8 sequence (at most three bytes).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: is its sequence complete?
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? bytes.Length - back : bytes.Length;
            }
        }

        return bytes.Length;
    }

    /// <summary>The error for bytes a strict UTF-8 read met (a stream that cannot seek, so could not be checked first).</summary>
    public static LeadLifecycleError NotUtf8(string source, int afterRow) =>
        new MalformedFileError(source, 0, $"reading stopped after row {afterRow}: the bytes are not UTF-8 and there is no byte-order mark; set RecordImportOptions.Encoding (e.g. Encoding.Latin1) to the file's encoding, or pass a file path or a seekable stream to have Windows-1252 detected.");

    /// <summary>The encoding a byte-order mark names, with the stream left where it was; null without one.</summary>
    private static Encoding? Preamble(Stream content)
    {
        if (!content.CanSeek)
        {
            return null;
        }

        var start = content.Position;
        Span<byte> bytes = stackalloc byte[4];
        var read = content.ReadAtLeast(bytes, 4, throwOnEndOfStream: false);
        content.Position = start;
        bytes = bytes[..read];
        return bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
            [0xFF, 0xFE, 0x00, 0x00] => Encoding.UTF32,
            [0x00, 0x00, 0xFE, 0xFF] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
    }

    /// <summary>The offset of the first byte that is not UTF-8, with the stream left where it was; null when all are.</summary>
    private static long? FirstInvalidUtf8(Stream content)
    {
        var start = content.Position;
        var buffer = new byte[BufferSize];
        Span<char> chars = stackalloc char[1024];
        var carried = 0;
        var consumedTotal = 0L;
        try
        {
            while (true)
            {
                var read = content.Read(buffer, carried, buffer.Length - carried);
                var available = carried + read;
                var final = read == 0;
                var bytes = buffer.AsSpan(0, available);

                // Most files are valid: check everything up to the last complete sequence in one vectorised pass.
                var whole = final ? available : CompleteLength(bytes);
                if (Utf8.IsValid(bytes[..whole]))
                {
                    if (final)
                    {
                        return null;
                    }

                    carried = available - whole;
                    bytes[whole..].CopyTo(buffer);
                    consumedTotal += whole;
                    continue;
                }

                var offset = 0;
                while (offset < available)
                {
                    var status = Utf8.ToUtf16(bytes[offset..], chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    offset += consumed;
                    if (status == System.Buffers.OperationStatus.InvalidData)
                    {
                        return consumedTotal + offset;
                    }

                    if (status == System.Buffers.OperationStatus.NeedMoreData)
                    {
                        break;
                    }
                }

                if (final)
                {
                    return null;
                }

                carried = available - offset;
                bytes[offset..].CopyTo(buffer);
                consumedTotal += offset;
            }
        }
        finally
        {
            content.Position = start;
        }
    }
}
