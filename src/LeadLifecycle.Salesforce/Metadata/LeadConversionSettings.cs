using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;

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

    /// <summary>Returns a request that follows the opportunity creation option, or refuses one that asks for the
    /// opposite: nothing the caller asked for is dropped silently.</summary>
    /// <remarks>In Salesforce the option governs only the Convert Lead dialog (the API's <c>convertLead()</c> ignores
    /// it); apply it to follow the org's dialog. <see cref="OpportunityCreationOption.Never"/> sets
    /// <see cref="ConversionRequest.DoNotCreateOpportunity"/> and refuses a request with an
    /// <see cref="ConversionRequest.OpportunityName"/>, an <see cref="ConversionRequest.ExistingOpportunity"/> or a
    /// <see cref="ConversionRequest.SalesProcess"/>; <see cref="OpportunityCreationOption.Required"/> refuses a request
    /// with <see cref="ConversionRequest.DoNotCreateOpportunity"/>; <see cref="OpportunityCreationOption.Optional"/>
    /// leaves the request as it is.</remarks>
    /// <param name="request">The request.</param>
    /// <returns>The request to convert with, or <see cref="OpportunityCreationConflictError"/>s naming each
    /// conflicting request property.</returns>
    public Result<ConversionRequest> ApplyTo(ConversionRequest request)
    {
        Preconditions.NotNull(request);
        var errors = new List<IError>();
        if (OpportunityCreation == OpportunityCreationOption.Never)
        {
            Conflict(request.OpportunityName is not null, nameof(ConversionRequest.OpportunityName), "NotVisible");
            Conflict(request.ExistingOpportunity is not null, nameof(ConversionRequest.ExistingOpportunity), "NotVisible");
            Conflict(request.SalesProcess is not null, nameof(ConversionRequest.SalesProcess), "NotVisible");
        }
        else if (OpportunityCreation == OpportunityCreationOption.Required)
        {
            Conflict(request.DoNotCreateOpportunity, nameof(ConversionRequest.DoNotCreateOpportunity), "VisibleRequired");
        }

        if (errors.Count > 0)
        {
            return Result.Fail<ConversionRequest>(errors);
        }

        return OpportunityCreation == OpportunityCreationOption.Never ? request with { DoNotCreateOpportunity = true } : request;

        void Conflict(bool conflicts, string field, string setting)
        {
            if (conflicts)
            {
                errors.Add(new OpportunityCreationConflictError(setting, field));
            }
        }
    }

    /// <summary>Gets what was read in a way the file should not rely on, e.g. a mapping listed twice
    /// (<see cref="DuplicateFieldMappingWarning"/>); empty when the file is clean.</summary>
    public IReadOnlyList<LeadLifecycle.Errors.LeadLifecycleError> Warnings { get; init; } = [];
}
