using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>A sales process read from metadata, validated, before it is turned into the library's sales process.</summary>
/// <param name="Name">The process name ("Master" for the whole OpportunityStage value set).</param>
/// <param name="Stages">The stages in value-set order, with the flags the value set gives them.</param>
/// <param name="DefaultStage">The process's default stage (where <c>Create</c> starts without a stage): the business
/// process's default, else the value set's, else the first active open stage. It does not move in the stage order.</param>
/// <param name="IsActive">Whether the org still offers the process.</param>
/// <param name="Description">The description in the file, if any.</param>
/// <param name="SourceFile">The file it was read from.</param>
internal sealed record SalesProcessMetadata(
    string Name,
    IReadOnlyList<OpportunityStage> Stages,
    string DefaultStage,
    bool IsActive,
    string? Description,
    string SourceFile);
