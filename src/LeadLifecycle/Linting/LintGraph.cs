namespace LeadLifecycle.Linting;

/// <summary>A set of moves given by value class and index range: every node of <paramref name="Class"/> with an index
/// in [<paramref name="Low"/>, <paramref name="High"/>], by <paramref name="Trigger"/>.</summary>
/// <param name="Trigger">The trigger's value.</param>
/// <param name="Class">The class of the nodes at the other end (see <see cref="LintGraph.ClassOf"/>).</param>
/// <param name="Low">The lowest index, inclusive.</param>
/// <param name="High">The highest index, inclusive.</param>
internal readonly record struct LintRange(int Trigger, int Class, int Low, int High);

/// <summary>A process's moves as lint sees them, supplied by the owner of the process's transition rules.</summary>
/// <remarks>
/// The standard moves of a process are dense (any open status to any other), so they are given as ranges of a value
/// class rather than edge by edge: the walker takes each node out of its class once, which keeps a walk linear in the
/// number of values plus the explicit moves. Every move the walker takes is confirmed by <see cref="Has"/>, the
/// process's own check, so lint never reports a path the process refuses.
/// </remarks>
internal abstract class LintGraph
{
    /// <summary>The number of value classes <see cref="ClassOf"/> returns (0 to this minus one).</summary>
    public const int ClassCount = 3;

    /// <summary>Gets the number of values (statuses or stages).</summary>
    public abstract int Count { get; }

    /// <summary>The class of a value for range moves, or -1 when no range move enters it (an inactive value).</summary>
    public abstract int ClassOf(int node);

    /// <summary>Adds the moves out of a value: ranges of targets, and single explicit moves as (trigger, target).</summary>
    public abstract void Targets(int from, List<LintRange> ranges, List<(int Trigger, int Node)> moves);

    /// <summary>Adds the moves into a value: ranges of sources, and single explicit moves as (trigger, source).</summary>
    public abstract void Sources(int to, List<LintRange> ranges, List<(int Trigger, int Node)> moves);

    /// <summary>Whether the process permits the move, guards aside, policy included.</summary>
    public abstract bool Has(int from, int trigger, int to);

    /// <summary>The trigger's name for a path step.</summary>
    public abstract string TriggerName(int trigger);

    /// <summary>The value's name.</summary>
    public abstract string NameOf(int node);
}
