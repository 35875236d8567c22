using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <summary>Safe loading of Metadata API files and typed reads of their elements, with file and line in every error.</summary>
/// <remarks>DTDs are prohibited and no resolver is set, so no external entity is ever fetched; the document is
/// limited in size; comments and insignificant whitespace are dropped; element order is never relied on.</remarks>
internal static class MetadataXml
{
    public static Result<XElement> Load(Stream content, string file, long maxBytes, string expectedRoot)
    {
        try
        {
            if (content.CanSeek && content.Length - content.Position > maxBytes)
            {
                return Fail($"the file is larger than the limit of {maxBytes} bytes.", file, 0);
            }

            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = maxBytes,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = false,
            };
            using var reader = XmlReader.Create(content, settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            var root = document.Root!;
            if (root.Name.LocalName != expectedRoot)
            {
                return Fail($"the root element is <{root.Name.LocalName}>, expected <{expectedRoot}>.", file, LineOf(root));
            }

            return Result.Ok(root);
        }
        catch (XmlException exception)
        {
            return Fail(exception.Message, file, exception.LineNumber);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return Fail(exception.Message, file, 0);
        }
    }

    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(XElement parent, string localName) =>
        parent.Elements().LastOrDefault(e => e.Name.LocalName == localName);

    public static string? Text(XElement parent, string localName) => Child(parent, localName)?.Value;

    /// <summary>A required, non-blank text element; names are trimmed of surrounding whitespace.</summary>
    public static string? RequiredName(XElement parent, string localName, string file, List<IError> errors)
    {
        var element = Child(parent, localName);
        var value = element?.Value.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new MalformedFileError(file, LineOf(element ?? parent), $"<{parent.Name.LocalName}> needs a non-empty <{localName}>."));
            return null;
        }

        return value;
    }

    /// <summary>An xsd:boolean element (true, false, 1, 0); absent gives the fallback.</summary>
    public static bool Boolean(XElement parent, string localName, bool fallback, string file, List<IError> errors)
    {
        var element = Child(parent, localName);
        if (element is null)
        {
            return fallback;
        }

        switch (element.Value.Trim())
        {
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                errors.Add(new MalformedFileError(file, LineOf(element), $"<{localName}> must be true or false, not '{element.Value}'."));
                return fallback;
        }
    }

    /// <summary>An xsd:int element within a range; absent gives null.</summary>
    public static int? Integer(XElement parent, string localName, int minimum, int maximum, string file, List<IError> errors)
    {
        var element = Child(parent, localName);
        if (element is null)
        {
            return null;
        }

        if (int.TryParse(element.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        errors.Add(new MalformedFileError(file, LineOf(element), $"<{localName}> must be a whole number from {minimum} to {maximum}, not '{element.Value}'."));
        return null;
    }

    private static Result<XElement> Fail(string detail, string file, int line) =>
        Result.Fail<XElement>(new MalformedFileError(file, line, detail));
}
