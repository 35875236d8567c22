using LeadLifecycle.Conversion;

namespace LeadLifecycle.Salesforce;

/// <summary>An org's lead conversion settings (<c>LeadConvertSettings.LeadConvertSetting-meta.xml</c>) as the
/// library's conversion uses them.</summary>
/// <param name="FieldMapping">Salesforce's standard mapping plus the org's custom-field mappings.</param>
/// <param name="OpportunityCreation">Whether conversion creates an opportunity.</param>
/// <param name="AllowOwnerChange">Whether the convert dialog lets the user pick the new records' owner.</param>
/// <param name="SourceFile">The file they were read from.</param>
public sealed record LeadConversionSettings(
    LeadFieldMapping FieldMapping,
    OpportunityCreationOption OpportunityCreation,
    bool AllowOwnerChange,
    string SourceFile)
{
    /// <summary>Returns converter options that use these settings' field mapping.</summary>
    /// <param name="options">The options to start from; the defaults when null.</param>
    /// <returns>The options with <see cref="FieldMapping"/>.</returns>
    public LeadConverterOptions ApplyTo(LeadConverterOptions? options) => (options ?? new LeadConverterOptions()) with { FieldMapping = FieldMapping };

    /// <summary>Returns a request that follows the opportunity creation option: <see cref="OpportunityCreationOption.Never"/>
    /// sets <see cref="ConversionRequest.DoNotCreateOpportunity"/>, <see cref="OpportunityCreationOption.Required"/>
    /// clears it, <see cref="OpportunityCreationOption.Optional"/> leaves the request's choice.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The request to convert with.</returns>
    public ConversionRequest ApplyTo(ConversionRequest request)
    {
        Preconditions.NotNull(request);
        return OpportunityCreation switch
        {
            OpportunityCreationOption.Never => request with { DoNotCreateOpportunity = true, OpportunityName = null, ExistingOpportunity = null },
            OpportunityCreationOption.Required => request with { DoNotCreateOpportunity = false },
            _ => request,
        };
    }

    /// <summary>Gets what was read in a way the file should not rely on, e.g. a mapping listed twice
    /// (<see cref="DuplicateFieldMappingWarning"/>); empty when the file is clean.</summary>
    public IReadOnlyList<LeadLifecycle.Errors.LeadLifecycleError> Warnings { get; init; } = [];
}
