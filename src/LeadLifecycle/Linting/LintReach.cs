namespace LeadLifecycle.Linting;

/// <summary>What a forward walk reached: per value, whether it was reached and the move that first reached it.</summary>
internal sealed class LintReach
{
    public LintReach(int count)
    {
        Reached = new bool[count];
        Parent = new int[count];
        Trigger = new int[count];
        Array.Fill(Parent, -1);
        Array.Fill(Trigger, -1);
    }

    public bool[] Reached { get; }

    public int[] Parent { get; }

    public int[] Trigger { get; }

    public void Set(int node, int parent, int trigger)
    {
        Reached[node] = true;
        Parent[node] = parent;
        Trigger[node] = trigger;
    }

    /// <summary>The moves from the start to a reached value, oldest first.</summary>
    public List<ProcessLintStep> PathTo(LintGraph graph, int node)
    {
        var path = new List<ProcessLintStep>();
        for (var at = node; Parent[at] >= 0; at = Parent[at])
        {
            path.Add(new ProcessLintStep(graph.NameOf(Parent[at]), graph.TriggerName(Trigger[at]), graph.NameOf(at)));
        }

        path.Reverse();
        return path;
    }
}
