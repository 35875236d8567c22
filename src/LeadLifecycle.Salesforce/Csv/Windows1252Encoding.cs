using System.Text;

namespace LeadLifecycle.Salesforce;

/// <summary>Windows-1252 (Western European), built in so the fallback needs no code-pages package: ISO-8859-1 with
/// printable characters (€, ‚, „, …, ‘, ’, “, ”, –, —, ™, Š, Œ, Ž, š, œ, ž, Ÿ) in 0x80-0x9F. The five unassigned
/// bytes map to the C1 control of the same value, as Windows does. Encoding writes <c>?</c> for characters it lacks.</summary>
internal sealed class Windows1252Encoding : Encoding
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static Windows1252Encoding Instance { get; } = new();

    public override string WebName => "windows-1252";

    public override string EncodingName => "Western European (Windows)";

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var character = chars[charIndex + i];
            var index = Array.IndexOf(High, character);
            bytes[byteIndex + i] = character < 0x80 || (character is >= '\u00A0' and <= '\u00FF') ? (byte)character
                : index >= 0 ? (byte)(0x80 + index)
                : (byte)'?';
        }

        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            var value = bytes[byteIndex + i];
            chars[charIndex + i] = value is >= 0x80 and <= 0x9F ? High[value - 0x80] : (char)value;
        }

        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}
