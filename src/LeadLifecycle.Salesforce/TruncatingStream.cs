namespace LeadLifecycle.Salesforce;

/// <summary>A read-only view of a stream that ends after a limit of bytes and records whether the inner stream had more;
/// the one size limit of the package's readers (metadata XML, data-tree JSON).</summary>
/// <remarks>Bytes are counted, whatever the encoding, and for streams of unknown length too. Ending the stream at the
/// limit (rather than throwing) lets the XML reader report the line where the limit was reached.</remarks>
internal sealed class TruncatingStream(Stream inner, long limit) : Stream
{
    private long _read;

    /// <summary>Gets a value indicating whether the inner stream holds more than the limit.</summary>
    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || Exceeded)
        {
            return 0;
        }

        var remaining = limit - _read;
        if (remaining <= 0)
        {
            Span<byte> probe = stackalloc byte[1];
            Exceeded = inner.Read(probe) > 0;
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        _read += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
