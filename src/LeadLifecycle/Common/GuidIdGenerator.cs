using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LeadLifecycle;

/// <summary>The default id generator: time-ordered version 7 GUIDs in 32 hex digits, prefixed by record kind.</summary>
/// <remarks>
/// Prefixes follow Salesforce's key prefixes (<c>00Q</c> lead, <c>001</c> account, <c>003</c> contact,
/// <c>006</c> opportunity) so that ids are recognisable in logs; they are not Salesforce ids. The 74 random bits of
/// each GUID come from the cryptographic random number generator, drawn a few kilobytes at a time per thread rather
/// than with one system call per id, which is what makes <see cref="Guid.CreateVersion7()"/> slow in bulk.
/// </remarks>
public sealed class GuidIdGenerator : IIdGenerator
{
    private const int RandomBytesPerId = 10;
    private const int BufferSize = RandomBytesPerId * 409;

    [ThreadStatic]
    private static byte[]? _random;

    [ThreadStatic]
    private static int _offset;

    /// <summary>Gets the shared instance.</summary>
    public static GuidIdGenerator Instance { get; } = new();

    /// <inheritdoc />
    public LeadId NewLeadId() => new(Create("00Q"));

    /// <inheritdoc />
    public AccountId NewAccountId() => new(Create("001"));

    /// <inheritdoc />
    public ContactId NewContactId() => new(Create("003"));

    /// <inheritdoc />
    public OpportunityId NewOpportunityId() => new(Create("006"));

    private static string Create(string prefix)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], milliseconds << 16);
        NextRandom().CopyTo(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        var guid = new Guid(bytes, bigEndian: true);
        return string.Create(prefix.Length + 32, (prefix, guid), static (span, state) =>
        {
            state.prefix.AsSpan().CopyTo(span);
            state.guid.TryFormat(span[state.prefix.Length..], out _, "N");
        });
    }

    private static ReadOnlySpan<byte> NextRandom()
    {
        var buffer = _random ??= new byte[BufferSize];
        if (_offset == 0 || _offset + RandomBytesPerId > BufferSize)
        {
            RandomNumberGenerator.Fill(buffer);
            _offset = 0;
        }

        var slice = buffer.AsSpan(_offset, RandomBytesPerId);
        _offset += RandomBytesPerId;
        return slice;
    }
}
