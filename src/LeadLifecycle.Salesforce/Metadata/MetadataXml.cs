using System.Globalization;
using System.Xml;
using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <summary>Safe loading of Metadata API files and typed reads of their elements, with file and line in every error.</summary>
/// <remarks>The file is read once by a streaming <see cref="XmlReader"/> into <see cref="MetadataNode"/>s with an explicit
/// stack (no recursion anywhere), so time and memory are linear in the file's size. A DTD is refused (and never
/// processed) and no resolver is set, so no external entity is ever fetched; bytes (not characters) are counted against
/// <see cref="SalesforceMetadataOptions.MaxFileSizeBytes"/>; nesting is bounded by
/// <see cref="SalesforceMetadataOptions.MaxDepth"/>, inside ignored elements too; comments and insignificant
/// whitespace are dropped; element order is never relied on.</remarks>
internal static class MetadataXml
{
    /// <summary>Elements deeper than this (0-based) are checked and counted but not kept: no reader looks below
    /// depth 4 (<c>CustomObject/businessProcesses/values/fullName</c>), and depth 5 is kept so that an element inside a
    /// text element is still seen. Ignored deep content therefore costs no memory.</summary>
    private const int KeptDepth = 5;

    /// <summary>Counts the XML nodes read and the elements looked at on this thread, so tests can check that the work
    /// done is linear in the input's size without timing anything.</summary>
    [ThreadStatic]
    internal static long NodesVisited;

    public static Result<MetadataNode> Load(Stream content, string file, SalesforceMetadataOptions options, params string[] expectedRoots)
    {
        var limited = new TruncatingStream(content, options.MaxFileSizeBytes);
        var settings = new XmlReaderSettings
        {
            // Parse only so that the DOCTYPE surfaces as a node with its line (Prohibit throws without one, Ignore drops
            // it silently): reading stops at that node, before any entity is referenced; no resolver means nothing
            // external is fetched, and parameter entities inside the DTD are capped.
            DtdProcessing = DtdProcessing.Parse,
            MaxCharactersFromEntities = 1024,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        var line = 0;
        IXmlLineInfo? position = null;
        try
        {
            using var reader = XmlReader.Create(limited, settings);
            var info = (IXmlLineInfo)reader;
            position = info;
            var open = new List<MetadataNode>();
            MetadataNode? root = null;
            while (reader.Read())
            {
                NodesVisited++;
                line = info.LineNumber;
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        return Fail("a DTD (<!DOCTYPE>) is prohibited in metadata files; no entity in it is read.", file, line);
                    case XmlNodeType.Element:
                        if (reader.Depth >= options.MaxDepth)
                        {
                            return Result.Fail<MetadataNode>(new MetadataLimitExceededError(
                                file, line, nameof(SalesforceMetadataOptions.MaxDepth), options.MaxDepth, $"<{reader.LocalName}> is nested {reader.Depth + 1} elements deep."));
                        }

                        if (reader.Depth >= KeptDepth)
                        {
                            break;
                        }

                        var node = new MetadataNode(reader.LocalName, line);
                        if (root is null)
                        {
                            if (!expectedRoots.Contains(reader.LocalName, StringComparer.Ordinal))
                            {
                                return Fail($"the root element is <{reader.LocalName}>, expected <{string.Join("> or <", expectedRoots)}>.", file, line);
                            }

                            root = node;
                        }
                        else
                        {
                            open[^1].Add(node);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            open.Add(node);
                        }

                        break;
                    case XmlNodeType.EndElement when reader.Depth < KeptDepth:
                        open.RemoveAt(open.Count - 1);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when open.Count > 0 && reader.Depth <= KeptDepth:
                        open[^1].AppendText(reader.Value);
                        break;
                }
            }

            return limited.Exceeded ? TooLarge(file, line, options) : Result.Ok(root!);
        }
        catch (XmlException exception)
        {
            // Some errors (a DTD) come without line info; the reader still knows where it stopped.
            var at = exception.LineNumber > 0 ? exception.LineNumber : Math.Max(line, position?.LineNumber ?? 0);
            return limited.Exceeded ? TooLarge(file, at, options) : Fail(exception.Message, file, at);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return Fail($"cannot be read: {exception.Message}", file, line);
        }
    }

    public static IEnumerable<MetadataNode> Children(MetadataNode parent, string localName)
    {
        foreach (var child in parent.Children)
        {
            NodesVisited++;
            if (child.LocalName == localName)
            {
                yield return child;
            }
        }
    }

    /// <summary>The last child element of a name (Salesforce keeps the last of repeated single elements).</summary>
    public static MetadataNode? Child(MetadataNode parent, string localName)
    {
        var children = parent.Children;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            NodesVisited++;
            if (children[i].LocalName == localName)
            {
                return children[i];
            }
        }

        return null;
    }

    /// <summary>A text element's text; null when absent. An element holding elements instead of text is an error.</summary>
    public static string? Text(MetadataNode parent, string localName, string file, List<IError> errors) =>
        Child(parent, localName) is { } element ? TextOf(element, file, errors) : null;

    /// <summary>The text of an element that must hold text only.</summary>
    public static string TextOf(MetadataNode element, string file, List<IError> errors)
    {
        if (element.Children.Count > 0)
        {
            errors.Add(new MalformedFileError(file, element.Children[0].Line, $"<{element.LocalName}> must hold text only, not <{element.Children[0].LocalName}>."));
        }

        return element.Text;
    }

    /// <summary>A required, non-blank text element, URL-decoded like every name in metadata and trimmed of surrounding whitespace.</summary>
    public static string? RequiredName(MetadataNode parent, string localName, string file, List<IError> errors)
    {
        var element = Child(parent, localName);
        var value = element is null ? null : MetadataNames.Decode(TextOf(element, file, errors).Trim());
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new MalformedFileError(file, (element ?? parent).Line, $"<{parent.LocalName}> needs a non-empty <{localName}>."));
            return null;
        }

        return value;
    }

    /// <summary>An xsd:boolean element (true, false, 1, 0); absent gives the fallback.</summary>
    public static bool Boolean(MetadataNode parent, string localName, bool fallback, string file, List<IError> errors)
    {
        var element = Child(parent, localName);
        if (element is null)
        {
            return fallback;
        }

        var text = TextOf(element, file, errors);
        switch (text.Trim())
        {
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                errors.Add(new MalformedFileError(file, element.Line, $"<{localName}> must be true or false, not '{Excerpt(text)}'."));
                return fallback;
        }
    }

    /// <summary>An xsd:int element within a range; absent gives null.</summary>
    public static int? Integer(MetadataNode parent, string localName, int minimum, int maximum, string file, List<IError> errors)
    {
        var element = Child(parent, localName);
        if (element is null)
        {
            return null;
        }

        var text = TextOf(element, file, errors);
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        errors.Add(new MalformedFileError(file, element.Line, $"<{localName}> must be a whole number from {minimum} to {maximum}, not '{Excerpt(text)}'."));
        return null;
    }

    /// <summary>Checks that a list of values stays within <see cref="SalesforceMetadataOptions.MaxValuesPerSet"/>.</summary>
    public static bool WithinValueLimit(IReadOnlyList<MetadataNode> values, string file, SalesforceMetadataOptions options, List<IError> errors)
    {
        if (values.Count <= options.MaxValuesPerSet)
        {
            return true;
        }

        errors.Add(new MetadataLimitExceededError(file, values[options.MaxValuesPerSet].Line, nameof(SalesforceMetadataOptions.MaxValuesPerSet), options.MaxValuesPerSet,
            $"<{values[0].LocalName}> is listed {values.Count} times."));
        return false;
    }

    /// <summary>A value quoted in a message, cut to 100 characters so a hostile value cannot blow up the message.</summary>
    public static string Excerpt(string value) => value.Length <= 100 ? value : string.Concat(value.AsSpan(0, 100), "...");

    private static Result<MetadataNode> TooLarge(string file, int line, SalesforceMetadataOptions options) =>
        Result.Fail<MetadataNode>(new MetadataLimitExceededError(file, line, nameof(SalesforceMetadataOptions.MaxFileSizeBytes), options.MaxFileSizeBytes,
            "the file is larger than the limit."));

    private static Result<MetadataNode> Fail(string detail, string file, int line) =>
        Result.Fail<MetadataNode>(new MalformedFileError(file, line, detail));
}
