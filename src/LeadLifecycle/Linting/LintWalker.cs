namespace LeadLifecycle.Linting;

/// <summary>Breadth-first walks over a <see cref="LintGraph"/>, forwards (what the start reaches, with a shortest path to
/// each value) and backwards (what can reach a set of values).</summary>
/// <remarks>Each class of values is kept as a "next value not yet found" array with path halving, so a range move costs
/// the values it finds plus a near-constant lookup: a walk is linear in the values and explicit moves, never quadratic
/// in the standard moves.</remarks>
internal sealed class LintWalker
{
    private readonly LintGraph _graph;
    private readonly int[][] _next;
    private readonly List<LintRange> _ranges = [];
    private readonly List<(int Trigger, int Node)> _moves = [];

    private LintWalker(LintGraph graph)
    {
        _graph = graph;
        var n = graph.Count;
        _next = new int[LintGraph.ClassCount][];
        for (var c = 0; c < LintGraph.ClassCount; c++)
        {
            var next = new int[n + 1];
            for (var i = 0; i < n; i++)
            {
                next[i] = graph.ClassOf(i) == c ? i : i + 1;
            }

            next[n] = n;
            _next[c] = next;
        }
    }

    /// <summary>The values reached from the starts, each with the move that first reached it.</summary>
    /// <returns>For each value: whether it is reached, and its parent and trigger (-1 for a start or an unreached value).</returns>
    public static LintReach Forward(LintGraph graph, ReadOnlySpan<int> starts)
    {
        var walker = new LintWalker(graph);
        var n = graph.Count;
        var reach = new LintReach(n);
        var queue = new int[n];
        var (head, tail) = (0, 0);
        foreach (var start in starts)
        {
            if (!reach.Reached[start])
            {
                walker.Take(start);
                reach.Reached[start] = true;
                queue[tail++] = start;
            }
        }

        while (head < tail)
        {
            var from = queue[head++];
            walker._ranges.Clear();
            walker._moves.Clear();
            graph.Targets(from, walker._ranges, walker._moves);
            foreach (var (trigger, to) in walker._moves)
            {
                if (!reach.Reached[to] && graph.Has(from, trigger, to))
                {
                    walker.Take(to);
                    reach.Set(to, from, trigger);
                    queue[tail++] = to;
                }
            }

            foreach (var range in walker._ranges)
            {
                var next = walker._next[range.Class];
                var high = Math.Min(range.High, n - 1);
                for (var to = Find(next, Math.Max(range.Low, 0)); to <= high; to = Find(next, to + 1))
                {
                    if (graph.Has(from, range.Trigger, to))
                    {
                        walker.Take(to);
                        reach.Set(to, from, range.Trigger);
                        queue[tail++] = to;
                    }
                }
            }
        }

        return reach;
    }

    /// <summary>The values from which some seed can be reached (the seeds included).</summary>
    public static bool[] Backward(LintGraph graph, IEnumerable<int> seeds)
    {
        var walker = new LintWalker(graph);
        var n = graph.Count;
        var found = new bool[n];
        var queue = new int[n];
        var (head, tail) = (0, 0);
        foreach (var seed in seeds)
        {
            if (!found[seed])
            {
                walker.Take(seed);
                found[seed] = true;
                queue[tail++] = seed;
            }
        }

        while (head < tail)
        {
            var to = queue[head++];
            walker._ranges.Clear();
            walker._moves.Clear();
            graph.Sources(to, walker._ranges, walker._moves);
            foreach (var (trigger, from) in walker._moves)
            {
                if (!found[from] && graph.Has(from, trigger, to))
                {
                    walker.Take(from);
                    found[from] = true;
                    queue[tail++] = from;
                }
            }

            foreach (var range in walker._ranges)
            {
                var next = walker._next[range.Class];
                var high = Math.Min(range.High, n - 1);
                for (var from = Find(next, Math.Max(range.Low, 0)); from <= high; from = Find(next, from + 1))
                {
                    if (graph.Has(from, range.Trigger, to))
                    {
                        walker.Take(from);
                        found[from] = true;
                        queue[tail++] = from;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Removes a value from its class: it is found.</summary>
    private void Take(int node)
    {
        var c = _graph.ClassOf(node);
        if (c >= 0)
        {
            _next[c][node] = node + 1;
        }
    }

    private static int Find(int[] next, int i)
    {
        while (next[i] != i)
        {
            next[i] = next[next[i]];
            i = next[i];
        }

        return i;
    }
}
