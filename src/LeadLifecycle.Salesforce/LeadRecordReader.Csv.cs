using System.Text;
using LeadLifecycle.Errors;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <content>CSV exports (Data Loader, report exports), parsed with Sep.</content>
public sealed partial class LeadRecordReader
{
    /// <summary>Reads every lead of a CSV file.</summary>
    /// <param name="path">The file; a byte-order mark is recognised, UTF-8 without one.</param>
    /// <returns>Every record as a lead or its errors.</returns>
    public LeadImportResult ReadCsv(string path)
    {
        Preconditions.NotBlank(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new LeadImportResult(path, [], [new MalformedFileError(path, 0, $"cannot be read: {exception.Message}")], [], []);
        }

        using (reader)
        {
            return ReadCsv(reader, path);
        }
    }

    /// <summary>Reads every lead of CSV text.</summary>
    /// <param name="content">The text; the caller disposes it.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>Every record as a lead or its errors.</returns>
    public LeadImportResult ReadCsv(TextReader content, string sourceName)
    {
        var records = new List<ImportedLead>();
        var fileErrors = new List<LeadLifecycleError>();
        var columns = new CsvColumns();
        foreach (var record in ReadCsvRecords(content, sourceName, columns))
        {
            if (record.Row == 0)
            {
                fileErrors.AddRange(record.Errors);
            }
            else
            {
                records.Add(record);
            }
        }

        return new LeadImportResult(sourceName, records, fileErrors, columns.Custom, columns.Ignored);
    }

    /// <summary>Reads CSV text record by record, for files too large to hold; each record is a lead or its errors.</summary>
    /// <remarks>A problem with the file as a whole (e.g. it cannot be read) is yielded as a record with
    /// <see cref="ImportedLead.Row"/> 0, and reading stops. Blank lines are not records and are skipped.</remarks>
    /// <param name="content">The text; the caller disposes it.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>The records, lazily, in file order.</returns>
    public IEnumerable<ImportedLead> ReadCsvRecords(TextReader content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        return ReadCsvRecords(content, sourceName, new CsvColumns());
    }

    private IEnumerable<ImportedLead> ReadCsvRecords(TextReader content, string sourceName, CsvColumns columns)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with
            {
                Unescape = true,
                DisableColCountCheck = true,
                HasHeader = true,
                CreateToString = CategoryStringPool.Create,
            }).From(content);
        }
        catch (Exception exception) when (IsContentProblem(exception))
        {
            reader = null!;
            columns.Failure = new MalformedFileError(sourceName, 1, $"the header cannot be read: {exception.Message}");
        }

        if (columns.Failure is { } failure)
        {
            yield return Failed(0, 1, failure);
            yield break;
        }

        using (reader)
        {
            var names = reader.Header.ColNames.Select((n, i) => LeadFieldNames.CustomName(i == 0 ? n.TrimStart('\uFEFF') : n, i)).ToArray();
            var (fields, custom, ignored) = MapColumns(names);
            columns.Custom.AddRange(custom);
            columns.Ignored.AddRange(ignored);
            var textFields = Array.ConvertAll(fields, FieldValueParser.IsText);
            var draft = new LeadDraft();
            var row = 0;
            while (true)
            {
                ImportedLead? record;
                try
                {
                    if (!reader.MoveNext())
                    {
                        break;
                    }

                    record = ReadRow(reader.Current, names, fields, textFields, draft, sourceName, ref row);
                }
                catch (Exception exception) when (IsContentProblem(exception))
                {
                    record = Failed(0, 0, new MalformedFileError(sourceName, 0, $"reading stopped after row {row}: {exception.Message}"));
                }

                if (record is not null)
                {
                    yield return record;
                    if (record.Row == 0)
                    {
                        yield break;
                    }
                }
            }
        }
    }

    private ImportedLead? ReadRow(SepReader.Row row, string[] names, LeadField[] fields, bool[] textFields, LeadDraft draft, string source, ref int rowNumber)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount == 1 && row[0].Span.IsEmpty && fields.Length > 1)
        {
            return null;
        }

        rowNumber++;
        if (row.ColCount != fields.Length)
        {
            return Failed(rowNumber, line, new MalformedRecordError(source, rowNumber, line, $"the row has {row.ColCount} fields, the header has {fields.Length}."));
        }

        draft.Reset();
        List<LeadLifecycleError>? errors = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var column = row[i];
            var text = column.Span;
            if (textFields[i])
            {
                // Through Sep's per-column string pool: repeated values (status, source, country) share one string.
                draft.SetText(fields[i], text.IsEmpty ? null : column.ToString());
                continue;
            }

            if (fields[i] == LeadField.Custom)
            {
                if (!text.IsEmpty)
                {
                    draft.SetCustom(names[i], column.ToString());
                }

                continue;
            }

            if (FieldValueParser.Apply(draft, fields[i], text, _options.UnzonedOffset) is { } expected)
            {
                (errors ??= []).Add(new RecordFieldError(source, rowNumber, line, names[i], text.ToString(), expected));
            }
        }

        return errors is null ? new ImportedLead(rowNumber, line, draft.ToLead(), []) : new ImportedLead(rowNumber, line, null, errors);
    }

    private static bool IsContentProblem(Exception exception) =>
        exception is InvalidDataException or IOException or ArgumentException or FormatException or NotSupportedException or InvalidOperationException or IndexOutOfRangeException;

    private sealed class CsvColumns
    {
        public List<string> Custom { get; } = [];

        public List<string> Ignored { get; } = [];

        public LeadLifecycleError? Failure { get; set; }
    }
}
