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
    /// <see cref="ImportedLead.Row"/> 0, and reading stops. Blank lines are not records and are skipped. Records are built
    /// on thread-pool threads too, a few blocks of rows ahead of the caller at most, and come in file order.</remarks>
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

        // The header is read as a row of its own, so that duplicate or blank names are handled here, not refused.
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).From(content);
        }
        catch (Exception exception) when (IsContentProblem(exception))
        {
            reader = null!;
            columns.Failure = new MalformedFileError(sourceName, 1, $"the file cannot be read: {exception.Message}");
        }

        if (columns.Failure is { } failure)
        {
            yield return Failed(0, 1, failure);
            yield break;
        }

        // Rows are copied in blocks that thread-pool workers (and this thread, when it waits) turn into records, at most
        // a few blocks ahead of the caller: records come in file order, and memory does not grow with the file.
        using (reader)
        {
            CsvImport? import = null;
            ImportedLead? headerFailure = null;
            try
            {
                if (reader.MoveNext())
                {
                    var names = HeaderNames(reader.Current);
                    var (fields, custom, ignored) = MapColumns(names);
                    columns.Custom.AddRange(custom);
                    columns.Ignored.AddRange(ignored);
                    import = new CsvImport(this, sourceName, names, fields);
                }
            }
            catch (Exception exception) when (IsContentProblem(exception))
            {
                headerFailure = Failed(0, 0, new MalformedFileError(sourceName, 0, $"reading stopped after row 0: {exception.Message}"));
            }

            if (headerFailure is not null)
            {
                yield return headerFailure;
                yield break;
            }

            if (import is null)
            {
                yield break;
            }

            try
            {
                while (import.NextBlock(reader) is { } block)
                {
                    var count = block.StopAfter >= 0 ? block.StopAfter : block.Count;
                    for (var i = 0; i < count; i++)
                    {
                        yield return block.Records[i]!;
                    }

                    if (block.StopAfter >= 0)
                    {
                        yield break;
                    }

                    import.Recycle(block);
                }
            }
            finally
            {
                import.Stop();
            }
        }
    }

    /// <summary>The column names: a byte-order mark dropped, blank ones named <c>ColumnN</c>, and a repeated name
    /// suffixed with its column number so its values are kept as a custom field rather than overwriting the first.</summary>
    private static string[] HeaderNames(SepReader.Row header)
    {
        var names = new string[header.ColCount];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            var name = LeadFieldNames.CustomName(i == 0 ? header[i].ToString().TrimStart('\uFEFF') : header[i].ToString(), i);
            names[i] = seen.Add(name) ? name : $"{name} ({i + 1})";
        }

        return names;
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
