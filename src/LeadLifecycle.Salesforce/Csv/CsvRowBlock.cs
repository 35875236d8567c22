using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <summary>A batch of consecutive CSV rows copied out of Sep's buffer (unescaped field text, line and row numbers), so
/// that they can be turned into leads on another thread while the reading thread parses on; reused batch after batch.</summary>
/// <remarks>Whoever claims the block first (a thread-pool worker or the reading thread, when it needs the rows and no
/// worker has started them) builds its records; the other waits for <see cref="Complete"/>. The char buffer stays below
/// the large-object-heap threshold unless one row alone is longer.</remarks>
internal sealed class CsvRowBlock : IThreadPoolWorkItem
{
    /// <summary>The most rows a block holds.</summary>
    public const int MaximumRows = 256;

    private const int CharCapacity = 32 * 1024;

    private readonly Action<CsvRowBlock> _build;
    private readonly int[] _firstColumn = new int[MaximumRows];
    private readonly int[] _lines = new int[MaximumRows];
    private readonly int[] _rowNumbers = new int[MaximumRows];
    private readonly object _gate = new();
    private char[] _chars = new char[CharCapacity];
    private int[] _columnEnds = new int[MaximumRows * 8];
    private int _charCount;
    private int _columnCount;
    private int _claimed = 1;
    private bool _completed;

    public CsvRowBlock(Action<CsvRowBlock> build) => _build = build;

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the records, one per row, once built.</summary>
    public ImportedLead?[] Records { get; } = new ImportedLead?[MaximumRows];

    /// <summary>Gets or sets the number of records to yield when reading stopped inside the block (the last one says why).</summary>
    public int StopAfter { get; set; } = -1;

    /// <summary>Gets or sets an unexpected exception thrown while building, rethrown on the reading thread.</summary>
    public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Fault { get; set; }

    /// <summary>Gets or sets a value indicating whether the reading thread built the records while filling the block.</summary>
    public bool IsDirect { get; set; }

    /// <summary>Gets a value indicating whether another row may be added.</summary>
    public bool IsFull => Count == MaximumRows || _charCount >= CharCapacity - 1024;

    public int Line(int row) => _lines[row];

    public int RowNumber(int row) => _rowNumbers[row];

    /// <summary>Whether the row has fields to build (false for a record decided while reading, e.g. a wrong field count).</summary>
    public bool HasFields(int row) => _firstColumn[row] >= 0;

    public ReadOnlySpan<char> Column(int row, int column)
    {
        var index = _firstColumn[row] + column;
        var start = index == 0 ? 0 : _columnEnds[index - 1];
        return _chars.AsSpan(start, _columnEnds[index] - start);
    }

    /// <summary>Empties the block for refilling; it cannot be claimed until dispatched again.</summary>
    public void Reset()
    {
        Volatile.Write(ref _claimed, 1);
        Array.Clear(Records, 0, Count);
        Count = 0;
        _charCount = 0;
        _columnCount = 0;
        StopAfter = -1;
        Fault = null;
        lock (_gate)
        {
            _completed = false;
        }
    }

    /// <summary>Copies a row's (unescaped) fields.</summary>
    public void Add(SepReader.Row row, int rowNumber, int line)
    {
        var columns = row.ColCount;
        if (_columnCount + columns > _columnEnds.Length)
        {
            Array.Resize(ref _columnEnds, Math.Max(_columnEnds.Length * 2, _columnCount + columns));
        }

        _firstColumn[Count] = _columnCount;
        _lines[Count] = line;
        _rowNumbers[Count] = rowNumber;
        for (var i = 0; i < columns; i++)
        {
            var text = row[i].Span;
            if (_charCount + text.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + text.Length));
            }

            text.CopyTo(_chars.AsSpan(_charCount));
            _charCount += text.Length;
            _columnEnds[_columnCount++] = _charCount;
        }

        Count++;
    }

    /// <summary>Adds a record decided while reading.</summary>
    public void Add(ImportedLead record)
    {
        _firstColumn[Count] = -1;
        _lines[Count] = record.Line;
        _rowNumbers[Count] = record.Row;
        Records[Count++] = record;
    }

    /// <summary>Makes the block claimable (by a worker when <paramref name="queue"/>, else only by the reading thread).</summary>
    public void Dispatch(bool queue)
    {
        Volatile.Write(ref _claimed, 0);
        if (queue)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Claims the block for building; false when another thread has.</summary>
    public bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;

    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    public void WaitUntilComplete()
    {
        lock (_gate)
        {
            while (!_completed)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    /// <inheritdoc />
    public void Execute()
    {
        if (TryClaim())
        {
            _build(this);
        }
    }
}
