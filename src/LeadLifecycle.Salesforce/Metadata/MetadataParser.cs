using System.Xml.Linq;
using FluentResults;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads Metadata API files into the internal metadata model; every problem is collected, none thrown.</summary>
internal static class MetadataParser
{
    public const string ValueSetSuffix = ".standardValueSet-meta.xml";
    public const string BusinessProcessSuffix = ".businessProcess-meta.xml";
    public const string LeadConvertSettingsSuffix = ".LeadConvertSetting-meta.xml";

    public static Result<ValueSetMetadata> ReadValueSet(Stream content, string file, long maxBytes) =>
        MetadataXml.Load(content, file, maxBytes, "StandardValueSet").Bind(root => ParseValueSet(root, file));

    public static Result<BusinessProcessMetadata> ReadBusinessProcess(Stream content, string file, long maxBytes) =>
        MetadataXml.Load(content, file, maxBytes, "BusinessProcess").Bind(root => ParseBusinessProcess(root, file));

    public static Result<LeadConvertSettingsMetadata> ReadLeadConvertSettings(Stream content, string file, long maxBytes) =>
        MetadataXml.Load(content, file, maxBytes, "LeadConvertSettings").Bind(root => ParseLeadConvertSettings(root, file));

    public static Result<ValueSetMetadata> ParseValueSet(XElement root, string file)
    {
        var errors = new List<IError>();
        var values = new List<ValueSetEntry>();
        foreach (var element in MetadataXml.Children(root, "standardValue"))
        {
            var name = MetadataXml.RequiredName(element, "fullName", file, errors);
            var entry = new ValueSetEntry(name ?? string.Empty, MetadataXml.LineOf(element))
            {
                Label = MetadataXml.Text(element, "label")?.Trim(),
                IsDefault = MetadataXml.Boolean(element, "default", false, file, errors),
                IsConverted = MetadataXml.Boolean(element, "converted", false, file, errors),
                IsClosed = MetadataXml.Boolean(element, "closed", false, file, errors),
                IsWon = MetadataXml.Boolean(element, "won", false, file, errors),
                IsActive = MetadataXml.Boolean(element, "isActive", true, file, errors),
                Probability = MetadataXml.Integer(element, "probability", 0, 100, file, errors),
                ForecastCategory = ReadForecastCategory(element, file, errors),
                Description = MetadataXml.Text(element, "description"),
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

        return Result.Ok(new ValueSetMetadata(file, NameFromFile(file, ValueSetSuffix), values));
    }

    public static Result<BusinessProcessMetadata> ParseBusinessProcess(XElement root, string file)
    {
        var errors = new List<IError>();
        var name = MetadataXml.Text(root, "fullName")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            name = NameFromFile(file, BusinessProcessSuffix);
        }

        var values = new List<BusinessProcessValue>();
        foreach (var element in MetadataXml.Children(root, "values"))
        {
            var valueName = MetadataXml.RequiredName(element, "fullName", file, errors);
            var isDefault = MetadataXml.Boolean(element, "default", false, file, errors);
            if (valueName is not null)
            {
                values.Add(new BusinessProcessValue(Decode(valueName), isDefault, MetadataXml.LineOf(element)));
            }
        }

        var isActive = MetadataXml.Boolean(root, "isActive", true, file, errors);
        if (errors.Count > 0)
        {
            return Result.Fail<BusinessProcessMetadata>(errors);
        }

        return Result.Ok(new BusinessProcessMetadata(file, name, MetadataXml.Text(root, "description"), isActive, values));
    }

    public static Result<LeadConvertSettingsMetadata> ParseLeadConvertSettings(XElement root, string file)
    {
        var errors = new List<IError>();
        var mappings = new List<LeadConvertFieldMapping>();
        foreach (var objectMapping in MetadataXml.Children(root, "objectMapping"))
        {
            var input = MetadataXml.Text(objectMapping, "inputObject")?.Trim();
            if (input is not null && !string.Equals(input, "Lead", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new MalformedFileError(file, MetadataXml.LineOf(objectMapping), $"<inputObject> must be Lead, not '{input}'."));
                continue;
            }

            var output = MetadataXml.RequiredName(objectMapping, "outputObject", file, errors);
            foreach (var field in MetadataXml.Children(objectMapping, "mappingFields"))
            {
                var inputField = MetadataXml.RequiredName(field, "inputField", file, errors);
                var outputField = MetadataXml.RequiredName(field, "outputField", file, errors);
                if (output is not null && inputField is not null && outputField is not null)
                {
                    mappings.Add(new LeadConvertFieldMapping(inputField, output, outputField, MetadataXml.LineOf(field)));
                }
            }
        }

        var allowOwnerChange = MetadataXml.Child(root, "allowOwnerChange") is null
            ? (bool?)null
            : MetadataXml.Boolean(root, "allowOwnerChange", false, file, errors);
        // VisibleOptional (Salesforce's default): an opportunity is created unless the user opts out; VisibleRequired:
        // always created; NotVisible: never created.
        var creation = MetadataXml.Child(root, "opportunityCreationOptions");
        if (creation is not null && creation.Value.Trim() is not ("VisibleOptional" or "VisibleRequired" or "NotVisible"))
        {
            errors.Add(new MalformedFileError(file, MetadataXml.LineOf(creation), $"<opportunityCreationOptions> must be VisibleOptional, VisibleRequired or NotVisible, not '{creation.Value}'."));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<LeadConvertSettingsMetadata>(errors);
        }

        return Result.Ok(new LeadConvertSettingsMetadata(file, allowOwnerChange, creation?.Value.Trim() ?? "VisibleOptional", mappings));
    }

    /// <summary>Business process files URL-encode value names (<c>Negotiation%2FReview</c>); a bad escape is kept as written.</summary>
    public static string Decode(string name)
    {
        try
        {
            return Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
            return name;
        }
    }

    /// <summary>The part of a file name before a metadata suffix: <c>Applicant</c> for <c>Applicant.businessProcess-meta.xml</c>.</summary>
    public static string NameFromFile(string file, string suffix)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : name;
    }

    private static ForecastCategory? ReadForecastCategory(XElement element, string file, List<IError> errors)
    {
        var child = MetadataXml.Child(element, "forecastCategory");
        switch (child?.Value.Trim())
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
                errors.Add(new MalformedFileError(file, MetadataXml.LineOf(child), $"<forecastCategory> must be Omitted, Pipeline, BestCase, MostLikely, Forecast or Closed, not '{child.Value}'."));
                return null;
        }
    }
}
