namespace LeadLifecycle.Opportunities;

/// <summary>A sales process: a named, ordered selection of opportunity stages with its own default (first) stage.</summary>
/// <remarks>Immutable and safe to share between threads once built.</remarks>
public sealed partial class SalesProcess
{
    private readonly Dictionary<string, int> _indexByName;

    internal SalesProcess(string name, IReadOnlyList<OpportunityStage> stages)
    {
        Name = name;
        Stages = stages;
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stages.Count; i++)
        {
            _indexByName.Add(stages[i].Name, i);
        }

        DefaultStage = stages[0];
    }

    /// <summary>Gets the process's name.</summary>
    public string Name { get; }

    /// <summary>Gets the stages, in order.</summary>
    public IReadOnlyList<OpportunityStage> Stages { get; }

    /// <summary>Gets the stage new opportunities start in: the first.</summary>
    public OpportunityStage DefaultStage { get; }

    /// <summary>Finds a stage by its exact name.</summary>
    /// <param name="name">The stage name.</param>
    /// <returns>The stage, or null when the process has none of that name.</returns>
    public OpportunityStage? FindStage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _indexByName.TryGetValue(name, out var index) ? Stages[index] : null;
    }

    /// <summary>Returns the process's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
