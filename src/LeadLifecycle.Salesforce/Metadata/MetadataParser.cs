using FluentResults;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads Metadata API files into the internal metadata model; every problem is collected, none thrown.</summary>
internal static class MetadataParser
{
    public const string ValueSetSuffix = ".standardValueSet-meta.xml";
    public const string BusinessProcessSuffix = ".businessProcess-meta.xml";
    public const string LeadConvertSettingsSuffix = ".LeadConvertSetting-meta.xml";

    /// <summary>The Metadata API (<c>src/</c>) layout's value set files: <c>standardValueSets/LeadStatus.standardValueSet</c>.</summary>
    public const string LegacyValueSetSuffix = ".standardValueSet";

    /// <summary>The Metadata API layout's object files, which hold the object's business processes.</summary>
    public const string LegacyObjectSuffix = ".object";

    public static Result<ValueSetMetadata> ReadValueSet(Stream content, string file, SalesforceMetadataOptions options) =>
        MetadataXml.Load(content, file, options, "StandardValueSet").Bind(root => ParseValueSet(root, file, options));

    public static Result<BusinessProcessMetadata> ReadBusinessProcess(Stream content, string file, SalesforceMetadataOptions options) =>
        MetadataXml.Load(content, file, options, "BusinessProcess")
            .Bind(root => ParseBusinessProcess(root, file, MetadataNames.FromFile(file, BusinessProcessSuffix), options));

    public static Result<LeadConvertSettingsMetadata> ReadLeadConvertSettings(Stream content, string file, SalesforceMetadataOptions options) =>
        MetadataXml.Load(content, file, options, "LeadConvertSettings").Bind(root => ParseLeadConvertSettings(root, file));

    /// <summary>Reads an object file of the Metadata API layout (<c>objects/Lead.object</c>); its
    /// <c>&lt;businessProcesses&gt;</c> elements are read one by one with <see cref="ParseBusinessProcess"/>.</summary>
    public static Result<MetadataNode> ReadObject(Stream content, string file, SalesforceMetadataOptions options) =>
        MetadataXml.Load(content, file, options, "CustomObject");

    public static Result<ValueSetMetadata> ParseValueSet(MetadataNode root, string file, SalesforceMetadataOptions options)
    {
        var errors = new List<IError>();
        var values = new List<ValueSetEntry>();
        var elements = MetadataXml.Children(root, "standardValue").ToArray();
        if (!MetadataXml.WithinValueLimit(elements, file, options, errors))
        {
            return Result.Fail<ValueSetMetadata>(errors);
        }

        foreach (var element in elements)
        {
            var name = MetadataXml.RequiredName(element, "fullName", file, errors);
            var entry = new ValueSetEntry(name ?? string.Empty, element.Line)
            {
                Label = MetadataXml.Text(element, "label", file, errors)?.Trim(),
                IsDefault = MetadataXml.Boolean(element, "default", false, file, errors),
                IsConverted = MetadataXml.Boolean(element, "converted", false, file, errors),
                IsClosed = MetadataXml.Boolean(element, "closed", false, file, errors),
                IsWon = MetadataXml.Boolean(element, "won", false, file, errors),
                IsActive = MetadataXml.Boolean(element, "isActive", true, file, errors),
                Probability = MetadataXml.Integer(element, "probability", 0, 100, file, errors),
                ForecastCategory = ReadForecastCategory(element, file, errors),
                Description = MetadataXml.Text(element, "description", file, errors),
            };
            if (name is not null)
            {
                values.Add(entry);
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<ValueSetMetadata>(errors);
        }

        var setName = Path.GetFileName(file).EndsWith(LegacyValueSetSuffix, StringComparison.OrdinalIgnoreCase)
            ? MetadataNames.FromFile(file, LegacyValueSetSuffix)
            : MetadataNames.FromFile(file, ValueSetSuffix);
        return Result.Ok(new ValueSetMetadata(file, setName, values));
    }

    /// <summary>Reads a business process from its own file's root, or from a <c>&lt;businessProcesses&gt;</c> element
    /// of an object file; <paramref name="fallbackName"/> (the file's name) is used when it has no <c>fullName</c>.</summary>
    public static Result<BusinessProcessMetadata> ParseBusinessProcess(MetadataNode root, string file, string? fallbackName, SalesforceMetadataOptions options)
    {
        var errors = new List<IError>();
        var written = MetadataXml.Text(root, "fullName", file, errors)?.Trim();
        var name = string.IsNullOrEmpty(written) ? fallbackName : MetadataNames.Decode(written);
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new MalformedFileError(file, root.Line, $"<{root.LocalName}> needs a non-empty <fullName>."));
        }

        var values = new List<BusinessProcessValue>();
        var elements = MetadataXml.Children(root, "values").ToArray();
        if (MetadataXml.WithinValueLimit(elements, file, options, errors))
        {
            foreach (var element in elements)
            {
                var valueName = MetadataXml.RequiredName(element, "fullName", file, errors);
                var isDefault = MetadataXml.Boolean(element, "default", false, file, errors);
                if (valueName is not null)
                {
                    values.Add(new BusinessProcessValue(valueName, isDefault, element.Line));
                }
            }
        }

        var isActive = MetadataXml.Boolean(root, "isActive", true, file, errors);
        var description = MetadataXml.Text(root, "description", file, errors);
        if (errors.Count > 0)
        {
            return Result.Fail<BusinessProcessMetadata>(errors);
        }

        // A process in its own file concerns the whole file (line 0); one inside an object file starts at its element.
        return Result.Ok(new BusinessProcessMetadata(file, name!, description, isActive, values) { Line = root.LocalName == "businessProcesses" ? root.Line : 0 });
    }

    public static Result<LeadConvertSettingsMetadata> ParseLeadConvertSettings(MetadataNode root, string file)
    {
        var errors = new List<IError>();
        var mappings = new List<LeadConvertFieldMapping>();
        foreach (var objectMapping in MetadataXml.Children(root, "objectMapping"))
        {
            var input = MetadataXml.Text(objectMapping, "inputObject", file, errors)?.Trim();
            if (input is not null && !string.Equals(input, "Lead", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new MalformedFileError(file, objectMapping.Line, $"<inputObject> must be Lead, not '{MetadataXml.Excerpt(input)}'."));
                continue;
            }

            var output = MetadataXml.RequiredName(objectMapping, "outputObject", file, errors);
            foreach (var field in MetadataXml.Children(objectMapping, "mappingFields"))
            {
                var inputField = MetadataXml.RequiredName(field, "inputField", file, errors);
                var outputField = MetadataXml.RequiredName(field, "outputField", file, errors);
                if (output is not null && inputField is not null && outputField is not null)
                {
                    mappings.Add(new LeadConvertFieldMapping(inputField, output, outputField, field.Line));
                }
            }
        }

        var allowOwnerChange = MetadataXml.Child(root, "allowOwnerChange") is null
            ? (bool?)null
            : MetadataXml.Boolean(root, "allowOwnerChange", false, file, errors);
        // VisibleOptional (Salesforce's default): an opportunity is created unless the user opts out; VisibleRequired:
        // always created; NotVisible: never created.
        var creation = MetadataXml.Child(root, "opportunityCreationOptions");
        var creationText = creation is null ? null : MetadataXml.TextOf(creation, file, errors).Trim();
        if (creation is not null && creationText is not ("VisibleOptional" or "VisibleRequired" or "NotVisible"))
        {
            errors.Add(new MalformedFileError(file, creation.Line, $"<opportunityCreationOptions> must be VisibleOptional, VisibleRequired or NotVisible, not '{MetadataXml.Excerpt(creationText ?? string.Empty)}'."));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<LeadConvertSettingsMetadata>(errors);
        }

        return Result.Ok(new LeadConvertSettingsMetadata(file, allowOwnerChange, creationText ?? "VisibleOptional", mappings));
    }

    private static ForecastCategory? ReadForecastCategory(MetadataNode element, string file, List<IError> errors)
    {
        var child = MetadataXml.Child(element, "forecastCategory");
        var text = child is null ? null : MetadataXml.TextOf(child, file, errors).Trim();
        switch (text)
        {
            case null:
                return null;
            case "Omitted":
                return ForecastCategory.Omitted;
            case "Pipeline":
                return ForecastCategory.Pipeline;
            case "BestCase":
                return ForecastCategory.BestCase;
            case "Forecast":
                return ForecastCategory.Commit;
            case "MostLikely":
                return ForecastCategory.MostLikely;
            case "Closed":
                return ForecastCategory.Closed;
            default:
                errors.Add(new MalformedFileError(file, child!.Line, $"<forecastCategory> must be Omitted, Pipeline, BestCase, MostLikely, Forecast or Closed, not '{MetadataXml.Excerpt(text)}'."));
                return null;
        }
    }
}
