using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A definition read from a metadata file is invalid; wraps the core <see cref="DefinitionError"/> with the
/// file and line it comes from.</summary>
/// <remarks>The <see cref="LeadLifecycleError.Code"/> is the wrapped error's code (e.g. <c>DEFINITION_UNKNOWN_VALUE</c>
/// for a business process that names a value its value set lacks), and <see cref="DefinitionError"/> is kept as the
/// cause, so <c>HasError&lt;UnknownValueError&gt;()</c> finds it too.</remarks>
public sealed class MetadataDefinitionError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="MetadataDefinitionError"/> class.</summary>
    /// <param name="file">The file's path or name.</param>
    /// <param name="line">The 1-based line of the value concerned; 0 when the whole file is concerned.</param>
    /// <param name="definitionError">The problem.</param>
    public MetadataDefinitionError(string file, int line, DefinitionError definitionError)
        : base(
            Preconditions.NotNull(definitionError).Code,
            definitionError.Definition,
            (line > 0 ? $"{file}({line}): " : $"{file}: ") + StripDefinition(definitionError))
    {
        File = file;
        Line = line;
        DefinitionError = definitionError;
        foreach (var (key, value) in definitionError.Metadata)
        {
            Metadata[key] = value; // the wrapped error's details (Definition, Value, ...) at the top level
        }

        AddMetadata((nameof(File), File), (nameof(Line), Line));
        CausedBy(definitionError);
    }

    /// <summary>Gets the file's path or name.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line of the value concerned; 0 when the whole file is concerned.</summary>
    public int Line { get; }

    /// <summary>Gets the wrapped problem.</summary>
    public DefinitionError DefinitionError { get; }

    private static string StripDefinition(DefinitionError error)
    {
        var prefix = error.Definition + ": ";
        return error.Message.StartsWith(prefix, StringComparison.Ordinal) ? error.Message[prefix.Length..] : error.Message;
    }
}
