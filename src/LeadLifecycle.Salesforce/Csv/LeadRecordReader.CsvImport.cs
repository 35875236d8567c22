using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using LeadLifecycle.Errors;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <content>The CSV import pipeline: the reading thread parses with Sep and copies rows into blocks; thread-pool workers
/// (and the reading thread itself when it has to wait) build the blocks' records; blocks are yielded in file order.</content>
public sealed partial class LeadRecordReader
{
    /// <summary>One CSV import in progress. Only <see cref="Build"/> runs on other threads.</summary>
    private sealed class CsvImport
    {
        private static readonly bool UseWorkers = Environment.ProcessorCount > 1;

        /// <summary>Blocks read ahead of the caller: bounds memory to a few blocks whatever the file's size.</summary>
        private static readonly int Window = Math.Clamp(Environment.ProcessorCount, 2, 8) * 2;

        private readonly LeadRecordReader _owner;
        private readonly string _source;
        private readonly string[] _names;
        private readonly LeadField[] _fields;
        private readonly bool[] _textFields;
        private readonly string _statusColumn;
        private readonly Queue<CsvRowBlock> _pending = new();
        private readonly Stack<CsvRowBlock> _free = new();
        private readonly ConcurrentBag<RowBuilder> _builders = [];
        private readonly Action<CsvRowBlock> _build;
        private RowBuilder? _directBuilder;
        private int _recentInline;
        private int _directBlocksLeft;
        private int _rowNumber;
        private bool _endOfFile;
        private volatile bool _stopped;

        public CsvImport(LeadRecordReader owner, string source, string[] names, LeadField[] fields)
        {
            _owner = owner;
            _source = source;
            _names = names;
            _fields = fields;
            _textFields = Array.ConvertAll(fields, FieldValueParser.IsText);
            _statusColumn = Array.IndexOf(fields, LeadField.Status) is var status and >= 0 ? names[status] : "Status";
            _build = Build;
        }

        /// <summary>The next block with its records built, reading ahead as far as the window allows; null at the end.</summary>
        public CsvRowBlock? NextBlock(SepReader reader)
        {
            while (!_endOfFile && _pending.Count < Window)
            {
                var block = _free.Count > 0 ? _free.Pop() : new CsvRowBlock(_build);
                block.Reset();
                var direct = _directBlocksLeft > 0;
                _directBlocksLeft -= direct ? 1 : 0;
                Fill(reader, block, direct);
                if (block.Count == 0)
                {
                    _free.Push(block);
                    break;
                }

                _pending.Enqueue(block);
                block.Dispatch(UseWorkers && !direct && (_pending.Count > 1 || !_endOfFile));
            }

            if (!_pending.TryDequeue(out var next))
            {
                return null;
            }

            var inline = next.TryClaim();
            if (inline)
            {
                Build(next);
            }
            else
            {
                next.WaitUntilComplete();
            }

            // When the workers mostly do not get to the blocks first (no core to spare), copying rows for them is wasted:
            // build the next blocks' records straight from Sep's rows on this thread, then try the workers again.
            if (UseWorkers && !next.IsDirect)
            {
                _recentInline = ((_recentInline << 1) | (inline ? 1 : 0)) & 0xFF;
                if (System.Numerics.BitOperations.PopCount((uint)_recentInline) >= 6)
                {
                    _directBlocksLeft = 32;
                    _recentInline = 0;
                }
            }

            next.Fault?.Throw();
            return next;
        }

        public void Recycle(CsvRowBlock block) => _free.Push(block);

        /// <summary>The caller stopped enumerating: blocks not yet started are not built.</summary>
        public void Stop() => _stopped = true;

        private void Fill(SepReader reader, CsvRowBlock block, bool direct)
        {
            block.IsDirect = direct || !UseWorkers;
            try
            {
                while (!block.IsFull)
                {
                    if (!reader.MoveNext())
                    {
                        _endOfFile = true;
                        return;
                    }

                    var row = reader.Current;
                    if (row.ColCount == 1 && row[0].Span.IsEmpty && _fields.Length > 1)
                    {
                        continue;
                    }

                    _rowNumber++;
                    var line = row.LineNumberFrom;
                    if (row.ColCount != _fields.Length)
                    {
                        block.Add(Failed(_rowNumber, line, new MalformedRecordError(_source, _rowNumber, line, $"the row has {row.ColCount} fields, the header has {_fields.Length}.")));
                    }
                    else if (block.IsDirect)
                    {
                        block.Add(BuildRecord(new SepColumns(row), _rowNumber, line, _directBuilder ??= new RowBuilder(_fields)));
                    }
                    else
                    {
                        block.Add(row, _rowNumber, line);
                    }
                }
            }
            catch (Exception exception) when (IsContentProblem(exception))
            {
                block.Add(Failed(0, 0, new MalformedFileError(_source, 0, $"reading stopped after row {_rowNumber}: {exception.Message}")));
                block.StopAfter = block.Count;
                _endOfFile = true;
            }
        }

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Rethrown on the reading thread: a worker must not crash the process.")]
        private void Build(CsvRowBlock block)
        {
            if (_stopped)
            {
                block.Complete();
                return;
            }

            var builder = _builders.TryTake(out var free) ? free : new RowBuilder(_fields);
            try
            {
                var count = block.StopAfter >= 0 ? block.StopAfter : block.Count;
                for (var i = 0; i < count; i++)
                {
                    if (!block.HasFields(i))
                    {
                        continue;
                    }

                    try
                    {
                        block.Records[i] = BuildRecord(new BlockColumns(block, i), block.RowNumber(i), block.Line(i), builder);
                    }
                    catch (Exception exception) when (IsContentProblem(exception))
                    {
                        block.Records[i] = Failed(0, 0, new MalformedFileError(_source, 0, $"reading stopped after row {block.RowNumber(i)}: {exception.Message}"));
                        block.StopAfter = i + 1;
                        break;
                    }
                }
            }
            catch (Exception exception)
            {
                block.Fault = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                _builders.Add(builder);
                block.Complete();
            }
        }

        private ImportedLead BuildRecord<TColumns>(TColumns columns, int rowNumber, int line, RowBuilder builder)
            where TColumns : IColumns, allows ref struct
        {

            var draft = builder.Draft;
            draft.Reset();
            List<LeadLifecycleError>? errors = null;
            for (var i = 0; i < _fields.Length; i++)
            {
                var text = columns.Column(i);
                var field = _fields[i];

                if (_textFields[i])
                {
                    // Repeated values of picklist-like columns (status, source, country) share one string.
                    draft.SetText(field, text.IsEmpty ? null : builder.Pool.ToString(text, i));
                    continue;
                }

                if (field == LeadField.Custom)
                {
                    if (!text.IsEmpty)
                    {
                        draft.SetCustom(_names[i], builder.Pool.ToString(text, i));
                    }

                    continue;
                }

                if (FieldValueParser.Apply(draft, field, text, _owner._options.UnzonedOffset) is { } expected)
                {
                    (errors ??= []).Add(new RecordFieldError(_source, rowNumber, line, _names[i], text.ToString(), expected));
                }
            }

            return errors is null
                ? _owner.Accept(draft.ToLead(), rowNumber, line, _source, _statusColumn)
                : new ImportedLead(rowNumber, line, null, errors);
        }

        /// <summary>The fields of one row.</summary>
        private interface IColumns
        {
            ReadOnlySpan<char> Column(int column);
        }

        /// <summary>A row copied into a block.</summary>
        private readonly struct BlockColumns(CsvRowBlock block, int row) : IColumns
        {
            public ReadOnlySpan<char> Column(int column) => block.Column(row, column);
        }

        /// <summary>A row still in Sep's buffer.</summary>
        private readonly ref struct SepColumns(SepReader.Row row) : IColumns
        {
            private readonly SepReader.Row _row = row;

            public ReadOnlySpan<char> Column(int column) => _row[column].Span;
        }

        /// <summary>One thread's reusable state: the draft and the picklist string pools.</summary>
        private sealed class RowBuilder
        {
            public RowBuilder(LeadField[] fields) => Pool.UseFor(fields);

            public LeadDraft Draft { get; } = new();

            public CategoryStringPool Pool { get; } = new();
        }
    }
}
