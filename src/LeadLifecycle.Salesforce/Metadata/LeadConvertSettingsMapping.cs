using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns the parsed lead conversion settings into <see cref="LeadConversionSettings"/>.</summary>
internal static class LeadConvertSettingsMapping
{
    public static Result<LeadConversionSettings> ToSettings(LeadConvertSettingsMetadata settings)
    {
        var errors = new List<IError>();
        var rules = new List<(FieldMappingRule Rule, int Line)>();
        foreach (var mapping in settings.FieldMappings)
        {
            if (Enum.TryParse<ConversionTarget>(mapping.OutputObject, ignoreCase: true, out var target) && Enum.IsDefined(target))
            {
                rules.Add((new FieldMappingRule(mapping.InputField, target, mapping.OutputField), mapping.Line));
            }
            else
            {
                errors.Add(new MalformedFileError(settings.File, mapping.Line, $"<outputObject> must be Account, Contact or Opportunity, not '{mapping.OutputObject}'."));
            }
        }

        var created = LeadFieldMapping.TryCreate(LeadFieldMapping.SalesforceStandard.Rules.Concat(rules.Select(r => r.Rule)));
        foreach (var error in created.Errors.OfType<DefinitionError>())
        {
            errors.Add(new MetadataDefinitionError(settings.File, LineOf(error, rules), error));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<LeadConversionSettings>(errors);
        }

        var creation = settings.OpportunityCreationOptions switch
        {
            "VisibleRequired" => OpportunityCreationOption.Required,
            "NotVisible" => OpportunityCreationOption.Never,
            _ => OpportunityCreationOption.Optional,
        };
        return Result.Ok(new LeadConversionSettings(created.Value, creation, settings.AllowOwnerChange ?? false, settings.File));
    }

    private static int LineOf(DefinitionError error, List<(FieldMappingRule Rule, int Line)> rules)
    {
        var value = error switch
        {
            UnknownValueError e => e.Value,
            DuplicateValueError e => e.Value,
            InconsistentDefinitionValueError e => e.Value,
            _ => null,
        };
        // A target fed twice is reported at its second feeder.
        var matches = rules.Where(r => value is not null
            && (r.Rule.LeadField == value || $"{r.Rule.Target}.{r.Rule.TargetField}" == value || r.Rule.ToString() == value)).ToArray();
        return matches.Length == 0 ? 0 : error is DuplicateValueError ? matches[^1].Line : matches[0].Line;
    }
}
