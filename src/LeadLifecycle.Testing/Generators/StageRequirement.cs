using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

/// <summary>Fields a sales process requires from a stage on (<see cref="SalesProcessBuilder.RequireFields"/>), in plain data.</summary>
/// <param name="Stage">The stage from which the fields are required.</param>
/// <param name="Fields">The required fields.</param>
public sealed record StageRequirement(string Stage, IReadOnlyList<OpportunityField> Fields)
{
    /// <summary>Gets the requirement in one line.</summary>
    /// <returns>The stage and its fields.</returns>
    public override string ToString() => $"{Stage} requires [{string.Join(",", Fields)}]";
}
