namespace LeadLifecycle.Salesforce;

/// <summary>A definition loaded from a business process file, with what the file says about it beyond the definition.</summary>
/// <typeparam name="TDefinition">The definition's type, e.g. <see cref="LeadLifecycle.Leads.LeadProcess"/>.</typeparam>
/// <param name="Definition">The definition.</param>
/// <param name="SourceFile">The file it was read from.</param>
/// <param name="IsActive">Whether the org still offers the process; inactive ones are kept for old records.</param>
/// <param name="Description">The description in the file, if any.</param>
public sealed record LoadedDefinition<TDefinition>(TDefinition Definition, string SourceFile, bool IsActive, string? Description)
    where TDefinition : class
{
    /// <summary>Gets what was read in a way Salesforce tolerates but the file should not rely on, e.g. a value named by
    /// its label (<see cref="ValueResolvedByLabelWarning"/>); empty when the file is clean.</summary>
    public IReadOnlyList<LeadLifecycle.Errors.LeadLifecycleError> Warnings { get; init; } = [];
}
