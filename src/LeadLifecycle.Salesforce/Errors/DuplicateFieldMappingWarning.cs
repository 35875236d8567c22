using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A warning, not a failure: lead conversion settings list the same field mapping more than once; the copies
/// were collapsed into one (<see cref="SalesforceErrorCodes.DuplicateFieldMapping"/>).</summary>
/// <remarks>Two different lead fields into one target are not a copy: that stays a <see cref="DuplicateValueError"/>.</remarks>
public sealed class DuplicateFieldMappingWarning : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="DuplicateFieldMappingWarning"/> class.</summary>
    /// <param name="file">The settings file.</param>
    /// <param name="line">The 1-based line of the copy.</param>
    /// <param name="firstLine">The 1-based line where the mapping is first listed.</param>
    /// <param name="mapping">The mapping, e.g. <c>Region__c -&gt; Account.Region__c</c>.</param>
    public DuplicateFieldMappingWarning(string file, int line, int firstLine, string mapping)
        : base(SalesforceErrorCodes.DuplicateFieldMapping, $"{file}({line}): the mapping {mapping} is already listed at line {firstLine}; the copy was ignored. Remove it to silence this warning.")
    {
        File = file;
        Line = line;
        FirstLine = firstLine;
        Mapping = mapping;
        Metadata[nameof(File)] = file;
        Metadata[nameof(Line)] = line;
        Metadata[nameof(FirstLine)] = firstLine;
        Metadata[nameof(Mapping)] = mapping;
    }

    /// <summary>Gets the settings file.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line of the copy.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based line where the mapping is first listed.</summary>
    public int FirstLine { get; }

    /// <summary>Gets the mapping, e.g. <c>Region__c -&gt; Account.Region__c</c>.</summary>
    public string Mapping { get; }
}
