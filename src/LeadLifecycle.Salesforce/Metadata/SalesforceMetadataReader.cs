using FluentResults;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads a Salesforce org's definitions from Metadata API files, as an sfdx project holds them.</summary>
/// <remarks>
/// Stateless and safe to share between threads. Every method returns a failed <c>Result</c> listing every problem found
/// (each with the file and line), and never throws for the content of a file: malformed XML, a DTD, a file past a limit
/// of <see cref="SalesforceMetadataOptions"/> (<see cref="MetadataLimitExceededError"/>: size in bytes, nesting depth,
/// values per set), a value of the wrong type and a business process that names a value its value set lacks are all
/// errors. Files are read by a streaming reader: time and memory are linear in a file's size. Element order,
/// comments, entities and multi-line text do not matter; every <c>fullName</c> is URL-decoded. Null arguments throw.
/// </remarks>
public sealed partial class SalesforceMetadataReader
{
    /// <summary>Why a file with no length is not read.</summary>
    internal const string NoContent = "is empty, or not a regular file (a FIFO, device or socket, which is never opened, so reading cannot block).";

    private readonly SalesforceMetadataOptions _options;

    /// <summary>Initializes a new instance of the <see cref="SalesforceMetadataReader"/> class with the default options.</summary>
    public SalesforceMetadataReader()
        : this(SalesforceMetadataOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SalesforceMetadataReader"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit (size, depth, values per set) is not positive.</exception>
    public SalesforceMetadataReader(SalesforceMetadataOptions options)
    {
        _options = Preconditions.NotNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileSizeBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDepth, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxValuesPerSet, nameof(options));
        ArgumentNullException.ThrowIfNull(options.ClosedLeadStatuses, nameof(options));
    }

    /// <summary>Gets the options.</summary>
    public SalesforceMetadataOptions Options => _options;

    /// <summary>Reads <c>LeadStatus.standardValueSet-meta.xml</c> as the org's whole lead process (named "Master").</summary>
    /// <remarks>Statuses keep the file's order as their sort order, its labels, default and converted flags, and
    /// <c>isActive</c>; which statuses are closed follows <see cref="SalesforceMetadataOptions.ClosedLeadStatuses"/>.</remarks>
    /// <param name="path">The file.</param>
    /// <returns>The lead process, or every problem found.</returns>
    public Result<LeadProcess> ReadMasterLeadProcess(string path) =>
        WithFile(path, ReadMasterLeadProcess);

    /// <summary>Reads a LeadStatus standard value set as the org's whole lead process (named "Master").</summary>
    /// <param name="content">The file's content.</param>
    /// <param name="fileName">The file's name or path, for errors.</param>
    /// <returns>The lead process, or every problem found.</returns>
    public Result<LeadProcess> ReadMasterLeadProcess(Stream content, string fileName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(fileName);
        var options = _options;
        return MetadataParser.ReadValueSet(content, fileName, options)
            .Bind(statuses => LeadProcessMapping.FromValueSet(statuses, options));
    }

    /// <summary>Reads a lead business process over the org's LeadStatus value set as a lead process.</summary>
    /// <remarks>The process keeps the value set's order, labels and flags for the statuses it selects; its own default
    /// wins over the value set's. Each status is found by API name, else by a label exactly one status carries (listed
    /// as a <see cref="ValueResolvedByLabelWarning"/> in <see cref="LoadedDefinition{TDefinition}.Warnings"/>). A status
    /// the value set lacks is a <see cref="MetadataDefinitionError"/> wrapping an
    /// <see cref="LeadLifecycle.Errors.UnknownValueError"/> that names the file, line and status; a label several
    /// statuses carry wraps an <see cref="AmbiguousLabelError"/> naming them.</remarks>
    /// <param name="businessProcessPath">The <c>*.businessProcess-meta.xml</c> file.</param>
    /// <param name="leadStatusesPath">The <c>LeadStatus.standardValueSet-meta.xml</c> file.</param>
    /// <returns>The lead process, or every problem found.</returns>
    public Result<LoadedDefinition<LeadProcess>> ReadLeadBusinessProcess(
        string businessProcessPath, string leadStatusesPath)
    {
        Preconditions.NotBlank(businessProcessPath);
        Preconditions.NotBlank(leadStatusesPath);
        var options = _options;
        var process = WithFile(businessProcessPath, (stream, file) => MetadataParser.ReadBusinessProcess(stream, file, options));
        var statuses = WithFile(leadStatusesPath, (stream, file) => MetadataParser.ReadValueSet(stream, file, options));
        return Result.Merge(process, statuses).Bind(() => LeadProcessFrom(process.Value, statuses.Value, options));
    }

    /// <summary>Reads a lead business process over the org's LeadStatus value set as a lead process.</summary>
    /// <param name="businessProcess">The business process file's content.</param>
    /// <param name="businessProcessFileName">Its name or path, for errors.</param>
    /// <param name="leadStatuses">The LeadStatus value set file's content.</param>
    /// <param name="leadStatusesFileName">Its name or path, for errors.</param>
    /// <returns>The lead process, or every problem found.</returns>
    public Result<LoadedDefinition<LeadProcess>> ReadLeadBusinessProcess(
        Stream businessProcess, string businessProcessFileName, Stream leadStatuses, string leadStatusesFileName)
    {
        Preconditions.NotNull(businessProcess);
        Preconditions.NotBlank(businessProcessFileName);
        Preconditions.NotNull(leadStatuses);
        Preconditions.NotBlank(leadStatusesFileName);
        var options = _options;
        var process = MetadataParser.ReadBusinessProcess(businessProcess, businessProcessFileName, options);
        var statuses = MetadataParser.ReadValueSet(leadStatuses, leadStatusesFileName, options);
        return Result.Merge(process, statuses).Bind(() => LeadProcessFrom(process.Value, statuses.Value, options));
    }

    /// <summary>Reads <c>LeadSource.standardValueSet-meta.xml</c> (or any value set) as plain picklist values.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The values in file order, or every problem found.</returns>
    public Result<IReadOnlyList<PicklistValue>> ReadLeadSources(string path) =>
        WithFile(path, (stream, file) => ReadLeadSources(stream, file));

    /// <summary>Reads a LeadSource standard value set (or any value set) as plain picklist values.</summary>
    /// <param name="content">The file's content.</param>
    /// <param name="fileName">The file's name or path, for errors.</param>
    /// <returns>The values in file order, or every problem found.</returns>
    public Result<IReadOnlyList<PicklistValue>> ReadLeadSources(Stream content, string fileName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(fileName);
        var options = _options;
        return MetadataParser.ReadValueSet(content, fileName, options).Bind(ToPicklist);
    }

    internal static Result<IReadOnlyList<PicklistValue>> ToPicklist(ValueSetMetadata values)
    {
        var duplicates = values.Values.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).ToArray();
        if (duplicates.Length > 0)
        {
            return Result.Fail<IReadOnlyList<PicklistValue>>(duplicates.Select(g => new MetadataDefinitionError(
                values.File, g.ElementAt(1).Line, new LeadLifecycle.Errors.DuplicateValueError(values.Name, g.Key, "the value is listed more than once."))));
        }

        return Result.Ok<IReadOnlyList<PicklistValue>>(
            [.. values.Values.Select((v, i) => new PicklistValue(v.Name, v.Label ?? v.Name, v.IsDefault, v.IsActive, i + 1))]);
    }

    internal static Result<LoadedDefinition<LeadProcess>> LeadProcessFrom(
        BusinessProcessMetadata process, ValueSetMetadata statuses, SalesforceMetadataOptions options) =>
        LeadProcessMapping.FromBusinessProcess(process, statuses, options);

    /// <summary>Opens a file and hands it to a reader; a file that cannot be opened is an error, not an exception.</summary>
    internal static Result<T> WithFile<T>(string path, Func<Stream, string, Result<T>> read)
    {
        Preconditions.NotBlank(path);
        FileStream stream;
        try
        {
            if (File.Exists(path) && !HasContent(path))
            {
                return Result.Fail<T>(new MalformedFileError(path, 0, NoContent));
            }

            stream = File.OpenRead(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Result.Fail<T>(new MalformedFileError(path, 0, $"cannot be read: {exception.Message}"));
        }

        using (stream)
        {
            return read(stream, path);
        }
    }

    /// <summary>Whether a path has something to read without blocking: a FIFO, device or socket reports no length
    /// (and opening a FIFO blocks until a writer comes), so only files with a length are opened.</summary>
    /// <remarks>.NET does not expose the Unix file type; a length of 0 is what every non-regular file reports, and an
    /// empty regular file has nothing to read either.</remarks>
    internal static bool HasContent(string path) => new FileInfo(path) is { Exists: true, Length: > 0 };
}
