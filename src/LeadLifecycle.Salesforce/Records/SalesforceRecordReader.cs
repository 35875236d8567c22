using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads one type of Salesforce record from exports: <c>sf data tree</c> JSON files and CSV files from Data
/// Loader, Data Export or report exports. The readers of leads, accounts, contacts and opportunities are this class.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>
/// <para>Column (field) names match the record's Salesforce field names and the labels report exports use ("Lead
/// Source", "Zip/Postal Code"), ignoring case, spaces and punctuation; a column ending in <c>__c</c> is always a custom
/// field. Every column that is not a standard field becomes a custom field, except
/// <see cref="RecordImportOptions.IgnoredColumns"/>. A blank header cell is named <c>ColumnN</c>; a repeated one gets its
/// column number.</para>
/// <para>Values are read in every form real exports use: booleans as <c>true</c>/<c>false</c> in any case,
/// <c>1</c>/<c>0</c>, <c>yes</c>/<c>no</c> or empty (false); dates and date-times as ISO 8601 (also Salesforce's
/// <c>+0000</c> offsets), then in US forms or those of <see cref="RecordImportOptions.Culture"/>; numbers as JSON numbers
/// or invariant text; percentages with or without <c>%</c>. Empty text is null, and so are the ids
/// <c>000000000000000AAA</c> and <c>000000000000000</c> that Weekly Data Export writes for an empty lookup.</para>
/// <para>Every record becomes one <see cref="Result{TValue}"/>, in file order: the record, with an
/// <see cref="ImportWarning"/> among its successes for each value that could not be read and was left empty; or failed
/// with its errors (<see cref="RecordFieldError"/>, <see cref="MalformedRecordError"/>), each naming row, line and
/// column. Nothing is dropped silently, no content of a file makes a method throw, and one bad row never ends the rest of
/// the file. Readers are immutable and thread-safe.</para>
/// <para>A read record's <c>Version</c> (the library's concurrency token) stays 0, not yet versioned: exports have no
/// such field, and a column named <c>Version</c> is a custom field like any other.</para>
/// </remarks>
public abstract partial class SalesforceRecordReader<TRecord>
    where TRecord : class
{
    private protected SalesforceRecordReader(RecordImportOptions options, RecordSchema<TRecord> schema)
    {
        Options = Preconditions.NotNull(options);
        options.Validate();
        Schema = schema;
        Formats = new ValueFormats(options);
    }

    /// <summary>Gets the options.</summary>
    public RecordImportOptions Options { get; }

    internal RecordSchema<TRecord> Schema { get; }

    internal ValueFormats Formats { get; }

    /// <summary>Checks a record built from a row against the process it belongs to, and completes it; rejects it through
    /// <see cref="RowBuilder.Fail"/> (or warns through <see cref="RowBuilder.Reject"/>) when it must.</summary>
    private protected virtual TRecord Complete(TRecord record, RowBuilder row) => record;

    /// <summary>Makes a row's record from its draft: the schema's record, then <see cref="Complete"/>. A reader whose
    /// checks decide some of the record's values overrides this instead, to make the record once.</summary>
    private protected virtual TRecord Build(RowBuilder row) => Complete(Schema.Build(row.Draft), row);

    /// <summary>Builds the records of one import, row by row; one per thread.</summary>
    internal sealed class RowBuilder
    {
        private readonly SalesforceRecordReader<TRecord> _owner;
        private readonly RecordDraft _draft;
        private readonly string?[] _columns;
        private List<LeadLifecycleError>? _errors;
        private List<ISuccess>? _warnings;
        private bool _columnsFixed;

        public RowBuilder(SalesforceRecordReader<TRecord> owner, string source, bool[]? pooledColumns)
        {
            _owner = owner;
            Source = source;
            _draft = new RecordDraft(owner.Schema.Fields.Length);
            _columns = new string?[owner.Schema.Fields.Length];
            if (pooledColumns is not null)
            {
                Pool = new CategoryStringPool();
                Pool.UseFor(pooledColumns);
            }
        }

        public string Source { get; }

        public CategoryStringPool? Pool { get; }

        public RecordDraft Draft => _draft;

        public int Row { get; private set; }

        public int Line { get; private set; }

        public void Begin(int row, int line)
        {
            Row = row;
            Line = line;
            _draft.Reset();
            if (!_columnsFixed)
            {
                Array.Clear(_columns);
            }

            _errors = null;
            _warnings = null;
        }

        /// <summary>Records once which column each standard field is read from, for a file whose every record has the
        /// same columns (CSV): <see cref="Begin"/> then keeps them, and the per-value methods below do not set them. A
        /// record whose row has another number of fields fails before <see cref="Has"/> or <see cref="ColumnOf"/> is asked.</summary>
        public void FixColumns(string[] names, int[] bindings)
        {
            Array.Clear(_columns);
            for (var i = 0; i < bindings.Length; i++)
            {
                if (bindings[i] >= 0)
                {
                    _columns[bindings[i]] = names[i];
                }
            }

            _columnsFixed = true;
        }

        /// <summary>A text field of a CSV row, its column's string pool shared (columns fixed): empty is null. Every
        /// complete row writes every text column, so the draft has nothing to clear for it between rows.</summary>
        public void SetText(int binding, ReadOnlySpan<char> text, int column)
        {
            if (text.IsEmpty)
            {
                _draft.ClearText(binding);
            }
            else
            {
                _draft.SetColumnText(binding, Pool is { } pool ? pool.ToString(text, column) : new string(text));
            }
        }

        /// <summary>A custom field of a CSV row, its column's string pool shared (columns fixed); empty values are left out.</summary>
        public void SetCustom(string name, ReadOnlySpan<char> text, int column)
        {
            if (!text.IsEmpty)
            {
                _draft.SetCustom(name, Pool is { } pool ? pool.ToString(text, column) : text.ToString());
            }
        }

        /// <summary>A typed (non-text) field of a CSV row (columns fixed): parsed, or rejected with its column and value.</summary>
        public void SetValue(int binding, FieldKind kind, string column, ReadOnlySpan<char> text)
        {
            if (FieldValueParser.Apply(_draft, binding, kind, text, _owner.Formats) is { } expected)
            {
                Reject(binding, column, text.ToString(), expected);
            }
        }

        /// <summary>Reads one value into its field; <paramref name="poolColumn"/> is the column whose string pool to use, or -1.</summary>
        public void Apply(int binding, string column, ReadOnlySpan<char> text, int poolColumn)
        {
            switch (_owner.Schema.KindOf(binding))
            {
                case FieldKind.Ignored:
                    return;
                case FieldKind.Custom:
                    if (!text.IsEmpty)
                    {
                        _draft.SetCustom(column, ToText(text, poolColumn));
                    }

                    return;
                case FieldKind.Text:
                    _columns[binding] = column;
                    _draft.SetText(binding, text.IsEmpty ? null : ToText(text, poolColumn));
                    return;
                default:
                    _columns[binding] = column;
                    if (FieldValueParser.Apply(_draft, binding, _owner.Schema.KindOf(binding), text, _owner.Formats) is { } expected)
                    {
                        Reject(binding, column, text.ToString(), expected);
                    }

                    return;
            }
        }

        /// <summary>A value that cannot be read: an error when the field is required or the import strict, else a warning.</summary>
        public void Reject(int binding, string column, string? value, string expected)
        {
            if (_owner.Options.Strict || binding < 0 || _owner.Schema.Fields[binding]!.Required)
            {
                (_errors ??= []).Add(new RecordFieldError(Source, Row, Line, column, value, expected));
            }
            else
            {
                (_warnings ??= []).Add(new ImportWarning(SalesforceErrorCodes.InvalidTypeOnFieldInRecord, Source, Row, Line, column, value, expected));
            }
        }

        public void Fail(LeadLifecycleError error) => (_errors ??= []).Add(error);

        /// <summary>The column a field was read from, as the file spells it; the field's name when the file has none.</summary>
        public string ColumnOf(int field) => _columns[field] ?? _owner.Schema.Fields[field]!.Name;

        /// <summary>Whether the record had a column (or property) for the field.</summary>
        public bool Has(int field) => _columns[field] is not null;

        /// <summary>A field error at this row.</summary>
        public RecordFieldError FieldError(int field, string? value, string expected) => new(Source, Row, Line, ColumnOf(field), value, expected);

        public Result<TRecord> Finish()
        {
            if (_errors is null)
            {
                var record = _owner.Build(this);
                if (_errors is null)
                {
                    var ok = SuccessfulResult<TRecord>.Of(record);
                    return _warnings is null ? ok : ok.WithSuccesses(_warnings);
                }
            }

            var failed = Result.Fail<TRecord>(_errors!);
            return _warnings is null ? failed : failed.WithSuccesses(_warnings);
        }

        private string ToText(ReadOnlySpan<char> text, int poolColumn) =>
            Pool is { } pool && poolColumn >= 0 ? pool.ToString(text, poolColumn) : text.ToString();
    }
}
