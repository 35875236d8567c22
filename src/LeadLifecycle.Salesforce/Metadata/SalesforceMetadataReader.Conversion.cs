using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <content>Lead conversion settings.</content>
public sealed partial class SalesforceMetadataReader
{
    /// <summary>Reads <c>LeadConvertSettings.LeadConvertSetting-meta.xml</c> as the conversion's field mapping and
    /// opportunity creation option.</summary>
    /// <remarks>The mapping is Salesforce's standard mapping plus the file's custom-field mappings (a lead field may
    /// feed several targets). A mapping the conversion cannot apply (an unknown field, a target fed twice, types that do
    /// not fit) is a <see cref="MetadataDefinitionError"/> with the file and line.</remarks>
    /// <param name="path">The file.</param>
    /// <returns>The settings, or every problem found.</returns>
    public Result<LeadConversionSettings> ReadLeadConversionSettings(string path) =>
        WithFile(path, ReadLeadConversionSettings);

    /// <summary>Reads lead conversion settings from a file's content.</summary>
    /// <param name="content">The file's content.</param>
    /// <param name="fileName">The file's name or path, for errors.</param>
    /// <returns>The settings, or every problem found.</returns>
    public Result<LeadConversionSettings> ReadLeadConversionSettings(Stream content, string fileName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(fileName);
        return MetadataParser.ReadLeadConvertSettings(content, fileName, _options).Bind(LeadConvertSettingsMapping.ToSettings);
    }
}
