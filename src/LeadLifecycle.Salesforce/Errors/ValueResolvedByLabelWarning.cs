using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A warning, not a failure: a business process named a value by its label, not its API name, and the label
/// was resolved to the one value that carries it (<see cref="SalesforceErrorCodes.ValueResolvedByLabel"/>).</summary>
/// <remarks>Listed in <see cref="LoadedDefinition{TDefinition}.Warnings"/>. The loaded definition uses the API name
/// (<see cref="Value"/>), as records store it.</remarks>
public sealed class ValueResolvedByLabelWarning : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ValueResolvedByLabelWarning"/> class.</summary>
    /// <param name="file">The business process's file.</param>
    /// <param name="line">The 1-based line of the value in the file.</param>
    /// <param name="definition">The business process's name.</param>
    /// <param name="label">The name as the process writes it (a label).</param>
    /// <param name="value">The API name it was resolved to.</param>
    public ValueResolvedByLabelWarning(string file, int line, string definition, string label, string value)
        : base(SalesforceErrorCodes.ValueResolvedByLabel, $"{file}({line}): {definition}: '{label}' is a label, not an API name; it was read as '{value}'. Write the API name to silence this warning.")
    {
        File = file;
        Line = line;
        Definition = definition;
        Label = label;
        Value = value;
        Metadata[nameof(File)] = file;
        Metadata[nameof(Line)] = line;
        Metadata[nameof(Definition)] = definition;
        Metadata[nameof(Label)] = label;
        Metadata[nameof(Value)] = value;
    }

    /// <summary>Gets the business process's file.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line of the value in the file.</summary>
    public int Line { get; }

    /// <summary>Gets the business process's name.</summary>
    public string Definition { get; }

    /// <summary>Gets the name as the process writes it (a label).</summary>
    public string Label { get; }

    /// <summary>Gets the API name it was resolved to.</summary>
    public string Value { get; }
}
