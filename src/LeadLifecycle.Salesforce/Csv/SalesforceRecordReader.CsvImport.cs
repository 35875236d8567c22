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
        private FieldKind[] _kinds = [];
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
            // The column plan, resolved once per file: each column's field kind and whether its strings are pooled.
            var pooled = new bool[_bindings.Length];
            _kinds = new FieldKind[_bindings.Length];
            for (var i = 0; i < _bindings.Length; i++)
            {
                var kind = _kinds[i] = _owner.Schema.KindOf(_bindings[i]);
                pooled[i] = kind is FieldKind.Text or FieldKind.Custom;
                (kind switch { FieldKind.Custom => _state.Custom, FieldKind.Ignored => _state.Ignored, _ => null })?.Add(_names[i]);
            }

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

            // The per-field path: one switch on the column's kind from the plan, text straight from Sep's span into the
            // column's string pool; an ignored column's text is never unescaped.
            var bindings = _bindings;
            var kinds = _kinds;
            for (var i = 0; i < bindings.Length; i++)
            {
                switch (kinds[i])
                {
                    case FieldKind.Text:
                        builder.SetText(bindings[i], row[i].Span, i);
                        break;
                    case FieldKind.Ignored:
                        break;
                    case FieldKind.Custom:
                        builder.SetCustom(_names[i], row[i].Span, i);
                        break;
                    default:
                        builder.SetValue(bindings[i], kinds[i], _names[i], row[i].Span);
                        break;
                }
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
    }
}
