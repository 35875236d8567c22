namespace LeadLifecycle.Salesforce;

/// <summary>Passes CSV text through, row by row, replacing each row longer than a limit by a one-field marker row, so
/// that the parser never meets a row past its own size limit (which would end the import) and the row becomes a
/// per-row error while reading goes on.</summary>
/// <remarks>Rows are found as the parser finds them: a line break outside double quotes ends a row, and every quote
/// toggles quoting. Only complete rows are passed on, so at most about <c>limit</c> characters are held. Never disposes
/// the text it reads: the caller owns it.</remarks>
internal sealed class RowLengthLimiter : TextReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly TextReader _inner;
    private readonly int _limit;
    private readonly Queue<OversizedRow> _oversized = new();
    private char[] _buffer = new char[ChunkSize * 2];
    private int _start;
    private int _rowStart;
    private int _scan;
    private int _end;
    private bool _inQuotes;
    private bool _skipping;
    private bool _endOfInput;
    private int _skippedLength;
    private int _skippedLines;
    private int _markerCount;

    public RowLengthLimiter(TextReader inner, int limit)
    {
        _inner = inner;
        _limit = limit;
    }

    /// <summary>Whether a parsed row is the marker of an oversized row; if so, takes its description.</summary>
    public bool TryTakeOversized(ReadOnlySpan<char> row, out OversizedRow oversized)
    {
        if (_oversized.Count > 0 && row.Length > 2 && row[0] == '\uFFFF' && row[^1] == '\uFFFF'
            && int.TryParse(row[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && _oversized.Peek().Number == number)
        {
            oversized = _oversized.Dequeue();
            return true;
        }

        oversized = default;
        return false;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var ready = _rowStart - _start;
            if (ready > 0 || (_endOfInput && _end > _start))
            {
                if (ready == 0)
                {
                    // The last row, without a line break.
                    _rowStart = _end;
                    ready = _end - _start;
                }

                var count = Math.Min(ready, buffer.Length);
                _buffer.AsSpan(_start, count).CopyTo(buffer);
                _start += count;
                return count;
            }

            if (_endOfInput)
            {
                return 0;
            }

            Fill();
            Scan();
        }
    }

    public override int Peek() => -1;

    /// <summary>Moves unread text to the front, grows the buffer when one row needs it, and reads the next chunk.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            var kept = _end - _start;
            _buffer.AsSpan(_start, kept).CopyTo(_buffer);
            _rowStart -= _start;
            _scan -= _start;
            _end = kept;
            _start = 0;
        }

        if (_buffer.Length - _end < ChunkSize)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _inner.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfInput = true;
            if (_skipping)
            {
                EndOversized(string.Empty);
            }
        }

        _end += read;
    }

    /// <summary>Finds the row ends in the new text, replacing rows past the limit.</summary>
    private void Scan()
    {
        if (!_skipping && _end - _rowStart <= _limit)
        {
            // No row within the held text can be past the limit: only the last row end and the quoting state at the end
            // are needed, found by a few whole-chunk searches instead of a stop at every quote and line break.
            ScanWithinLimit();
            return;
        }

        while (_scan < _end)
        {
            var next = _buffer.AsSpan(_scan, _end - _scan).IndexOfAny('"', '\n', '\r');
            var stop = next < 0 ? _end : _scan + next;
            if (_skipping)
            {
                _skippedLength += stop - _scan;
            }
            else if (stop - _rowStart > _limit)
            {
                // The row is past the limit: drop what is held of it and skip the rest up to its end.
                _skipping = true;
                _skippedLength = stop - _rowStart;
                _skippedLines = 0;
                _end = _rowStart + (_end - stop);
                _buffer.AsSpan(stop, _end - _rowStart).CopyTo(_buffer.AsSpan(_rowStart));
                _scan = _rowStart;
                continue;
            }

            if (next < 0)
            {
                _scan = _end;
                break;
            }

            var character = _buffer[stop];
            if (character == '"')
            {
                _inQuotes = !_inQuotes;
                _scan = stop + 1;
                if (_skipping)
                {
                    _skippedLength++;
                    Drop(stop);
                }

                continue;
            }

            if (_inQuotes)
            {
                _scan = stop + 1;
                if (_skipping)
                {
                    _skippedLength++;
                    _skippedLines += character == '\n' || stop + 1 >= _end || _buffer[stop + 1] != '\n' ? 1 : 0;
                    Drop(stop);
                }

                continue;
            }

            if (_skipping)
            {
                // The line break ends the oversized row: the marker takes its place, the line break stays.
                Drop(stop);
                EndOversized(null);
                continue;
            }

            _scan = stop + 1;
            _rowStart = _scan;
        }

        if (_skipping)
        {
            Drop(_end);
        }
    }

    /// <summary>Moves past the new text when all the held text is within the limit: the row start goes after the last
    /// line break outside double quotes (quotes toggle quoting, as in <see cref="Scan"/>), and the quoting state is the
    /// parity of the quotes.</summary>
    private void ScanWithinLimit()
    {
        var text = _buffer.AsSpan(_scan, _end - _scan);
        var quotes = text.Count('"');
        var quotesAfter = 0;
        var end = text.Length;
        int lineBreak;
        while ((lineBreak = text[..end].LastIndexOfAny('\n', '\r')) >= 0)
        {
            // Quoting at the line break: the state at the scan start, toggled by every quote before the break.
            quotesAfter += text[lineBreak..end].Count('"');
            if (_inQuotes == ((quotes - quotesAfter) % 2 == 1))
            {
                _rowStart = _scan + lineBreak + 1;
                break;
            }

            // Inside quotes, part of a field: look at the line break before it.
            end = lineBreak;
        }

        _inQuotes ^= quotes % 2 == 1;
        _scan = _end;
    }

    /// <summary>Drops the skipped text before a position (the oversized row's text is never kept).</summary>
    private void Drop(int position)
    {
        var dropped = position - _rowStart;
        if (dropped > 0)
        {
            _buffer.AsSpan(position, _end - position).CopyTo(_buffer.AsSpan(_rowStart));
            _end -= dropped;
            _scan -= dropped;
        }

        if (_scan < _rowStart)
        {
            _scan = _rowStart;
        }
    }

    /// <summary>Puts the marker row where the oversized row was; its line break (if any) follows it unchanged.</summary>
    private void EndOversized(string? terminator)
    {
        _skipping = false;
        _inQuotes = false;
        var number = ++_markerCount;
        var marker = $"\uFFFF{number}\uFFFF{terminator}";
        var tail = _end - _rowStart;
        if (_buffer.Length < _end + marker.Length)
        {
            Array.Resize(ref _buffer, _end + marker.Length + ChunkSize);
        }

        _buffer.AsSpan(_rowStart, tail).CopyTo(_buffer.AsSpan(_rowStart + marker.Length));
        marker.AsSpan().CopyTo(_buffer.AsSpan(_rowStart));
        _end += marker.Length;
        _scan = _rowStart + marker.Length;
        _oversized.Enqueue(new OversizedRow(number, _skippedLength, _skippedLines));

        // The marker row is complete only with its line break; at the end of the input it is the last row.
        if (terminator is not null)
        {
            _rowStart = _end;
            _scan = _end;
        }
    }

    /// <summary>A row left out for its length.</summary>
    /// <param name="Number">The marker's number.</param>
    /// <param name="Length">The row's length in characters (at least the limit).</param>
    /// <param name="LineBreaks">The line breaks inside the row's quoted fields, which the parser no longer sees.</param>
    internal readonly record struct OversizedRow(int Number, int Length, int LineBreaks);
}
