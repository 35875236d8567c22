using FluentResults;
using LeadLifecycle.Errors;
using nietras.SeparatedValues;

namespace LeadLifecycle.Salesforce;

/// <content>CSV exports (Data Loader, Data Export, report exports), parsed with Sep on the calling thread.</content>
public abstract partial class SalesforceRecordReader<TRecord>
{
    /// <summary>Reads every record of a CSV file.</summary>
    /// <remarks>The encoding is the byte-order mark's, else <see cref="RecordImportOptions.Encoding"/>, else UTF-8 when the
    /// bytes are UTF-8, else Windows-1252 with a warning in <see cref="RecordImportResult{TRecord}.Warnings"/>. A file
    /// that cannot be opened is a <see cref="MalformedFileError"/> in <see cref="RecordImportResult{TRecord}.FileErrors"/>.</remarks>
    /// <param name="path">The file.</param>
    /// <returns>One result per record, in file order.</returns>
    public RecordImportResult<TRecord> ReadCsv(string path)
    {
        Preconditions.NotBlank(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return FileFailure(path, $"cannot be read: {exception.Message}");
        }

        using (stream)
        {
            return ReadCsv(stream, path);
        }
    }

    /// <summary>Reads every record of CSV bytes, detecting the encoding as <see cref="ReadCsv(string)"/> does (a stream
    /// that cannot seek is read as UTF-8 unless it has a byte-order mark or <see cref="RecordImportOptions.Encoding"/> is set).</summary>
    /// <param name="content">The bytes; the caller disposes the stream.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>One result per record, in file order.</returns>
    public RecordImportResult<TRecord> ReadCsv(Stream content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        var state = new CsvState();
        TextReader text;
        try
        {
            text = TextDecoding.Open(content, sourceName, Options.Encoding, out state.Warning);
        }
        catch (Exception exception) when (IsContentProblem(exception))
        {
            return FileFailure(sourceName, $"cannot be read: {exception.Message}");
        }

        using (text)
        {
            return Collect(sourceName, ReadCsvRecords(text, sourceName, state), state);
        }
    }

    /// <summary>Reads every record of CSV text.</summary>
    /// <param name="content">The text; the caller disposes it.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>One result per record, in file order.</returns>
    public RecordImportResult<TRecord> ReadCsv(TextReader content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        var state = new CsvState();
        return Collect(sourceName, ReadCsvRecords(content, sourceName, state), state);
    }

    /// <summary>Reads CSV bytes record by record, for files too large to hold, detecting the encoding as
    /// <see cref="ReadCsv(Stream, string)"/> does.</summary>
    /// <remarks>A problem with the file as a whole (it cannot be read or decoded) is yielded as a failed result holding a
    /// <see cref="MalformedFileError"/>, after every record before it, and reading stops; an encoding fallback warning
    /// is among the first result's successes. Otherwise the <c>n</c>-th result is row <c>n</c>.</remarks>
    /// <param name="content">The bytes; the caller disposes the stream, after enumerating.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>The results, lazily, in file order.</returns>
    public IEnumerable<Result<TRecord>> ReadCsvRecords(Stream content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        return Decoded(content, sourceName);
    }

    /// <summary>Reads CSV text record by record, for files too large to hold; memory stays bounded by
    /// <see cref="RecordImportOptions.MaxRowLength"/> whatever the file's size.</summary>
    /// <remarks>Blank lines are not records and are skipped; every other line is a record or a per-row error. A problem
    /// with the text as a whole is yielded as a failed result holding a <see cref="MalformedFileError"/>, and reading
    /// stops. Otherwise the <c>n</c>-th result is row <c>n</c>.</remarks>
    /// <param name="content">The text; the caller disposes it, after enumerating.</param>
    /// <param name="sourceName">The file's name or path, for errors.</param>
    /// <returns>The results, lazily, in file order.</returns>
    public IEnumerable<Result<TRecord>> ReadCsvRecords(TextReader content, string sourceName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(sourceName);
        return ReadCsvRecords(content, sourceName, new CsvState());
    }

    private IEnumerable<Result<TRecord>> Decoded(Stream content, string sourceName)
    {
        var state = new CsvState();
        TextReader? text = null;
        LeadLifecycleError? failure = null;
        try
        {
            text = TextDecoding.Open(content, sourceName, Options.Encoding, out state.Warning);
        }
        catch (Exception exception) when (IsContentProblem(exception))
        {
            failure = new MalformedFileError(sourceName, 0, $"cannot be read: {exception.Message}");
        }

        if (failure is not null || text is null)
        {
            yield return Result.Fail<TRecord>(failure!);
            yield break;
        }

        // The import's results straight from here, not through a second iterator: one enumerator call per record.
        using (text)
        using (var csv = Import(text, sourceName, state))
        {
            if (csv.Next() is { } first)
            {
                yield return state.Warning is { } warning ? first.WithSuccess(warning) : first;
            }

            while (csv.Next() is { } result)
            {
                yield return result;
            }
        }
    }

    private IEnumerable<Result<TRecord>> ReadCsvRecords(TextReader content, string sourceName, CsvState state)
    {
        using var csv = Import(content, sourceName, state);
        while (csv.Next() is { } result)
        {
            yield return result;
        }
    }

    /// <summary>One CSV import of text. The limiter never disposes the caller's reader, so disposing the import (and Sep's
    /// reader) leaves it open.</summary>
    private CsvImport Import(TextReader content, string sourceName, CsvState state) =>
        new(this, sourceName, new RowLengthLimiter(content, Options.MaxRowLength), state);

    private static RecordImportResult<TRecord> Collect(string source, IEnumerable<Result<TRecord>> results, CsvState state)
    {
        var records = new List<Result<TRecord>>();
        var lines = new List<int>();
        var fileErrors = new List<LeadLifecycleError>();
        foreach (var result in results)
        {
            if (result.HasError<MalformedFileError>())
            {
                fileErrors.AddRange(result.Errors.OfType<LeadLifecycleError>());
            }
            else
            {
                records.Add(result);
                lines.Add(state.Line);
            }
        }

        return new RecordImportResult<TRecord>(source, records, lines, fileErrors, state.Warning is { } warning ? [warning] : [], state.Custom, state.Ignored);
    }

    private static RecordImportResult<TRecord> FileFailure(string source, string detail) =>
        new(source, [], [], [new MalformedFileError(source, 0, detail)], [], [], []);

    private static bool IsContentProblem(Exception exception) =>
        exception is InvalidDataException or IOException or ArgumentException or FormatException or NotSupportedException or InvalidOperationException or IndexOutOfRangeException;

    /// <summary>What one CSV read learns besides its records.</summary>
    private sealed class CsvState
    {
#pragma warning disable SA1401 // An out argument.
        public ImportWarning? Warning;
#pragma warning restore SA1401

        public List<string> Custom { get; } = [];

        /// <summary>Gets or sets the line of the last record read.</summary>
        public int Line { get; set; }

        public List<string> Ignored { get; } = [];
    }
}
