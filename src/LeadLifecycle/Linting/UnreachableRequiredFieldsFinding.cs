using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Linting;

/// <summary>A stage where a required-field rule (<c>SalesProcessBuilder.RequireFields</c>) starts that no opportunity can
/// enter, because it is inactive or cannot be reached from the start (<see cref="ProcessLintCodes.UnreachableRequiredFields"/>):
/// the rule never applies there, only at later stages that inherit it. The path is empty.</summary>
public sealed record UnreachableRequiredFieldsFinding : ProcessLintFinding
{
    internal UnreachableRequiredFieldsFinding(string value, IReadOnlyList<OpportunityField> fields, bool isActive, string start)
        : base(
            ProcessLintCodes.UnreachableRequiredFields,
            value,
            DefinitionValueKind.Stage,
            $"Fields {string.Join(", ", fields)} are required from stage '{value}', which {(isActive ? $"cannot be reached from '{start}'" : "is inactive")}, so the rule never applies there: require them from a stage opportunities can enter.",
            [])
    {
        Fields = fields;
        IsStageActive = isActive;
    }

    /// <summary>Gets the fields the rule adds at the stage.</summary>
    public IReadOnlyList<OpportunityField> Fields { get; }

    /// <summary>Gets a value indicating whether the stage is active (then it cannot be reached) or inactive.</summary>
    public bool IsStageActive { get; }
}
