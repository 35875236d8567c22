using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns the parsed lead conversion settings into <see cref="LeadConversionSettings"/>.</summary>
internal static class LeadConvertSettingsMapping
{
    private const string MappingDefinitionName = "Lead field mapping";

    /// <summary>Builds the settings; a mapping listed twice is collapsed with a <see cref="DuplicateFieldMappingWarning"/>
    /// in <see cref="LeadConversionSettings.Warnings"/>; two different lead fields into one target are an error naming both.</summary>
    public static Result<LeadConversionSettings> ToSettings(LeadConvertSettingsMetadata settings)
    {
        var errors = new List<IError>();
        var warnings = new List<LeadLifecycleError>();
        var rules = new List<(FieldMappingRule Rule, int Line)>();
        var firstLines = new Dictionary<(string, ConversionTarget, string), int>(MappingKeyComparer.Instance);
        var feeders = new Dictionary<(ConversionTarget, string), (string LeadField, int Line)>(TargetKeyComparer.Instance);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mapping in settings.FieldMappings)
        {
            if (!Enum.TryParse<ConversionTarget>(mapping.OutputObject, ignoreCase: true, out var target) || !Enum.IsDefined(target))
            {
                errors.Add(new MalformedFileError(settings.File, mapping.Line, $"<outputObject> must be Account, Contact or Opportunity, not '{MetadataXml.Excerpt(mapping.OutputObject)}'."));
                continue;
            }

            var rule = new FieldMappingRule(mapping.InputField, target, mapping.OutputField);
            if (!firstLines.TryAdd((rule.LeadField, target, rule.TargetField), mapping.Line))
            {
                warnings.Add(new DuplicateFieldMappingWarning(settings.File, mapping.Line, firstLines[(rule.LeadField, target, rule.TargetField)], rule.ToString()));
                continue;
            }

            var targetName = $"{target}.{rule.TargetField}";
            if (feeders.TryGetValue((target, rule.TargetField), out var feeder))
            {
                errors.Add(new MetadataDefinitionError(settings.File, mapping.Line, new DuplicateValueError(MappingDefinitionName, targetName,
                    $"is fed by two different lead fields, {feeder.LeadField} (line {feeder.Line}) and {rule.LeadField}; a field can be filled from one lead field only.", DefinitionValueKind.FieldMapping)));
                continue;
            }

            feeders[(target, rule.TargetField)] = (rule.LeadField, mapping.Line);
            rules.Add((rule, mapping.Line));
            lines.TryAdd(rule.LeadField, mapping.Line);
            lines[targetName] = mapping.Line;
            lines.TryAdd(rule.ToString(), mapping.Line);
        }

        var created = LeadFieldMapping.TryCreate(LeadFieldMapping.SalesforceStandard.Rules.Concat(rules.Select(r => r.Rule)));
        errors.AddRange(BusinessProcessValues.Locate(created.Errors, settings.File, lines, 0));
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
        return Result.Ok(new LeadConversionSettings(created.Value, creation, settings.AllowOwnerChange ?? false, settings.File) { Warnings = warnings });
    }

    /// <summary>Compares mappings as Salesforce compares API names: ignoring case.</summary>
    private sealed class MappingKeyComparer : IEqualityComparer<(string LeadField, ConversionTarget Target, string TargetField)>
    {
        public static readonly MappingKeyComparer Instance = new();

        public bool Equals((string LeadField, ConversionTarget Target, string TargetField) x, (string LeadField, ConversionTarget Target, string TargetField) y) =>
            x.Target == y.Target && StringComparer.OrdinalIgnoreCase.Equals(x.LeadField, y.LeadField) && StringComparer.OrdinalIgnoreCase.Equals(x.TargetField, y.TargetField);

        public int GetHashCode((string LeadField, ConversionTarget Target, string TargetField) obj) =>
            HashCode.Combine(obj.Target, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.LeadField), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.TargetField));
    }

    /// <summary>Compares targets ignoring the field name's case.</summary>
    private sealed class TargetKeyComparer : IEqualityComparer<(ConversionTarget Target, string TargetField)>
    {
        public static readonly TargetKeyComparer Instance = new();

        public bool Equals((ConversionTarget Target, string TargetField) x, (ConversionTarget Target, string TargetField) y) =>
            x.Target == y.Target && StringComparer.OrdinalIgnoreCase.Equals(x.TargetField, y.TargetField);

        public int GetHashCode((ConversionTarget Target, string TargetField) obj) =>
            HashCode.Combine(obj.Target, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.TargetField));
    }
}
