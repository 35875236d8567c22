using FluentResults;
using LeadLifecycle.Errors;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <content>One CSV import: Sep parses on the calling thread, each row becomes its result straight from Sep's buffer.</content>
public abstract partial class SalesforceRecordReader<TRecord>
{
    private sealed class CsvImport : IDisposable
    {
        private readonly SalesforceRecordReader<TRecord> _owner;
        private readonly string _source;
        private readonly RowLengthLimiter _limiter;
        private readonly CsvState _state;
        private SepReader? _reader;
        private string[] _names = [];
        private int[] _bindings = [];
        private ColumnGroup _text = ColumnGroup.Empty;
        private ColumnGroup _custom = ColumnGroup.Empty;
        private ColumnGroup _values = ColumnGroup.Empty;
        private RowBuilder? _builder;
        private int _rowNumber;
        private int _lineOffset;
        private bool _done;

        public CsvImport(SalesforceRecordReader<TRecord> owner, string source, RowLengthLimiter limiter, CsvState state)
        {
            _owner = owner;
            _source = source;
            _limiter = limiter;
            _state = state;
        }

        /// <summary>The next record's result, a file failure (then null), or null at the end.</summary>
        public Result<TRecord>? Next()
        {
            while (!_done)
            {
                try
                {
                    if (_reader is null && Start() is { } failure)
                    {
                        _done = true;
                        return failure;
                    }

                    if (_builder is null || !_reader!.MoveNext())
                    {
                        _done = true;
                        return null;
                    }

                    if (Row(_reader.Current) is { } result)
                    {
                        return result;
                    }
                }
                catch (System.Text.DecoderFallbackException)
                {
                    _done = true;
                    return Result.Fail<TRecord>(TextDecoding.NotUtf8(_source, _rowNumber));
                }
                catch (Exception exception) when (IsContentProblem(exception))
                {
                    _done = true;
                    return Result.Fail<TRecord>(new MalformedFileError(_source, 0, $"reading stopped after row {_rowNumber}: {exception.Message}"));
                }
            }

            return null;
        }

        public void Dispose() => _reader?.Dispose();

        /// <summary>Opens Sep and reads the header as a row of its own, so duplicate or blank names are handled here.</summary>
        private Result<TRecord>? Start()
        {
            _reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).From(_limiter);
            if (!_reader.MoveNext())
            {
                return null;
            }

            var header = _reader.Current;
            if (_limiter.TryTakeOversized(header.Span, out _))
            {
                return Result.Fail<TRecord>(new MalformedFileError(_source, 1, $"the header row is longer than RecordImportOptions.MaxRowLength ({_owner.Options.MaxRowLength} characters)."));
            }

            _names = HeaderNames(header);
            _bindings = _owner.Schema.Bind(_names, _owner.Options.IgnoredColumns);
            // The column plan, resolved once per file: each column's field kind and whether its strings are pooled, and the
            // columns grouped by what a row does with them (ignored columns are in no group).
            var pooled = new bool[_bindings.Length];
            var kinds = new FieldKind[_bindings.Length];
            for (var i = 0; i < _bindings.Length; i++)
            {
                var kind = kinds[i] = _owner.Schema.KindOf(_bindings[i]);
                pooled[i] = kind is FieldKind.Text or FieldKind.Custom;
                (kind switch { FieldKind.Custom => _state.Custom, FieldKind.Ignored => _state.Ignored, _ => null })?.Add(_names[i]);
            }

            _text = ColumnGroup.Of(kinds, _bindings, kind => kind == FieldKind.Text);
            _custom = ColumnGroup.Of(kinds, _bindings, kind => kind == FieldKind.Custom);
            _values = ColumnGroup.Of(kinds, _bindings, kind => kind is not (FieldKind.Text or FieldKind.Custom or FieldKind.Ignored));

            _builder = new RowBuilder(_owner, _source, pooled);
            _builder.FixColumns(_names, _bindings);
            return null;
        }

        /// <summary>The row's result; null for a blank line (not a record).</summary>
        private Result<TRecord>? Row(SepReader.Row row)
        {
            var raw = row.Span;
            if (raw.IsEmpty)
            {
                return null;
            }

            _rowNumber++;
            var line = row.LineNumberFrom + _lineOffset;
            _state.Line = line;
            var builder = _builder!;
            builder.Begin(_rowNumber, line);
            if (row.ColCount == 1 && _limiter.TryTakeOversized(raw, out var oversized))
            {
                _lineOffset += oversized.LineBreaks;
                builder.Fail(new MalformedRecordError(_source, _rowNumber, line,
                    $"the row is longer than RecordImportOptions.MaxRowLength ({_owner.Options.MaxRowLength} characters; it has at least {oversized.Length}): it was skipped, and reading went on with the next row."));
                return builder.Finish();
            }

            if (row.ColCount != _bindings.Length)
            {
                builder.Fail(new MalformedRecordError(_source, _rowNumber, line, $"the row has {row.ColCount} fields, the header has {_bindings.Length}."));
                return builder.Finish();
            }

            // The per-field path, one tight loop per group of the plan (no switch per field): text straight from Sep's span
            // into the column's string pool, then custom fields, then typed values in column order (the only fields that
            // can add errors or warnings, so those keep the file's column order); an ignored column is never unescaped.
            var columns = _text.Columns;
            var bindings = _text.Bindings;
            for (var g = 0; g < columns.Length && g < bindings.Length; g++)
            {
                var i = columns[g];
                builder.SetText(bindings[g], row[i].Span, i);
            }

            columns = _custom.Columns;
            for (var g = 0; g < columns.Length; g++)
            {
                var i = columns[g];
                builder.SetCustom(_names[i], row[i].Span, i);
            }

            columns = _values.Columns;
            bindings = _values.Bindings;
            var kinds = _values.Kinds;
            for (var g = 0; g < columns.Length && g < bindings.Length && g < kinds.Length; g++)
            {
                var i = columns[g];
                builder.SetValue(bindings[g], kinds[g], _names[i], row[i].Span);
            }

            return builder.Finish();
        }

        /// <summary>The column names: a byte-order mark dropped, blank ones named <c>ColumnN</c>, and a repeated name
        /// suffixed with its column number so its values are kept as a custom field rather than overwriting the first.</summary>
        private static string[] HeaderNames(SepReader.Row header)
        {
            var names = new string[header.ColCount];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Length; i++)
            {
                var name = RecordSchema<TRecord>.ColumnName(i == 0 ? header[i].ToString().TrimStart('\uFEFF') : header[i].ToString(), i);
                names[i] = seen.Add(name) ? name : $"{name} ({i + 1})";
            }

            return names;
        }

        /// <summary>The columns of one group of the plan, in file order, with each one's field binding and kind.</summary>
        private sealed class ColumnGroup
        {
            private ColumnGroup(int[] columns, int[] bindings, FieldKind[] kinds)
            {
                Columns = columns;
                Bindings = bindings;
                Kinds = kinds;
            }

            public static ColumnGroup Empty { get; } = new([], [], []);

            public int[] Columns { get; }

            public int[] Bindings { get; }

            public FieldKind[] Kinds { get; }

            public static ColumnGroup Of(FieldKind[] kinds, int[] bindings, Func<FieldKind, bool> member)
            {
                var columns = Enumerable.Range(0, kinds.Length).Where(i => member(kinds[i])).ToArray();
                return new(columns, [.. columns.Select(i => bindings[i])], [.. columns.Select(i => kinds[i])]);
            }
        }
    }
}
