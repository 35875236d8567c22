using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>A business process names a value by a label that several values of its value set carry, and by no API name
/// (<see cref="SalesforceErrorCodes.AmbiguousLabel"/>).</summary>
/// <remarks>Salesforce resolves a business process's values by API name (<c>fullName</c>); retrieved processes of real
/// orgs sometimes list labels instead. A label is used only when exactly one value carries it; otherwise this error
/// names the candidates, and the file should name the value by its API name.</remarks>
public sealed class AmbiguousLabelError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="AmbiguousLabelError"/> class.</summary>
    /// <param name="definition">The business process's name.</param>
    /// <param name="label">The name as the process writes it.</param>
    /// <param name="candidates">The API names of the values that carry it as their label.</param>
    /// <param name="valueKind">Whether the values are statuses or stages.</param>
    public AmbiguousLabelError(string definition, string label, IReadOnlyList<string> candidates, DefinitionValueKind valueKind)
        : base(
            SalesforceErrorCodes.AmbiguousLabel,
            definition,
            label,
            valueKind,
            $"'{label}' is no API name, and is the label of {Preconditions.NotNull(candidates).Count} values: {string.Join(", ", candidates)}; name one of them by its API name.")
    {
        Candidates = [.. candidates];
        Metadata[nameof(Candidates)] = Candidates.ToArray();
    }

    /// <summary>Gets the API names of the values that carry the label.</summary>
    public IReadOnlyList<string> Candidates { get; }
}
