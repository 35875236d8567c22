using System.Text;

namespace LeadLifecycle.Salesforce;

/// <summary>One element of a metadata file as <see cref="MetadataXml"/> reads it: its local name, line, direct text and
/// child elements.</summary>
/// <remarks>Built by a streaming reader with an explicit stack, never by recursion, so reading and walking cost time and
/// memory linear in the file's size; nesting is bounded by <see cref="SalesforceMetadataOptions.MaxDepth"/>.</remarks>
internal sealed class MetadataNode(string localName, int line)
{
    private List<MetadataNode>? _children;
    private string? _text;
    private StringBuilder? _longText;

    public string LocalName { get; } = localName;

    public int Line { get; } = line;

    public IReadOnlyList<MetadataNode> Children => _children ?? (IReadOnlyList<MetadataNode>)[];

    /// <summary>Gets the element's own text (text and CDATA directly inside it, in order); child elements' text is not part of it.</summary>
    public string Text => _longText?.ToString() ?? _text ?? string.Empty;

    public void Add(MetadataNode child) => (_children ??= []).Add(child);

    /// <summary>Appends a text piece; pieces split by comments join without copying the earlier ones again.</summary>
    public void AppendText(string piece)
    {
        if (_longText is not null)
        {
            _longText.Append(piece);
        }
        else if (_text is null)
        {
            _text = piece;
        }
        else
        {
            _longText = new StringBuilder(_text).Append(piece);
            _text = null;
        }
    }
}
