using LeadLifecycle.Errors;
using LeadLifecycle.Linting;

namespace LeadLifecycle.Leads;

/// <content>Process lint: what a lead process's definition makes impossible or leaky, found without running a lead.</content>
public sealed partial class LeadProcess
{
    /// <summary>Checks the process for statuses no lead can reach, open statuses with no way out, converted statuses no
    /// conversion reaches, and moves that bypass a guard another move into the same status requires.</summary>
    /// <remarks>
    /// <para>Lint walks the moves the process permits, guards aside, policy included, exactly as
    /// <see cref="CanFire"/> answers them, from <see cref="DefaultStatus"/>; conversion counts as a move into a
    /// converted status, and a converted status is terminal. Inactive statuses are never entered and are not reported
    /// as unreachable. Findings, in this order: <see cref="NoActiveConvertedStatusFinding"/>;
    /// <see cref="UnreachableOutcomeFinding"/> (a converted status) and <see cref="UnreachableValueFinding"/>;
    /// <see cref="UnreachableEntryGuardsFinding"/> (entry guards on an inactive or unreachable status);
    /// <see cref="NoWayOutFinding"/>; <see cref="GuardBypassFinding"/> (guards of explicit <see cref="LeadProcessBuilder.Permit"/>
    /// calls, compared by description, against the other moves into the same status; entry guards cover every move).
    /// Each finding with a path gives the shortest sequence of moves from the default status that shows it.</para>
    /// <para>Cost: linear in the number of statuses and explicit transitions (a breadth-first walk over ranges of
    /// statuses, not over the square of them), plus, for each status with a guarded transition, its moves in.</para>
    /// </remarks>
    /// <returns>The report; <see cref="ProcessLintReport.IsClean"/> when nothing was found.</returns>
    public ProcessLintReport Lint()
    {
        var graph = _table.ToLintGraph(_names);
        var start = IndexOf(DefaultStatus.Name);
        var reach = LintWalker.Forward(graph, [start]);
        var findings = new List<ProcessLintFinding>();
        if (!Array.Exists(_statuses, s => s.IsConverted && s.IsActive))
        {
            findings.Add(new NoActiveConvertedStatusFinding(Name));
        }

        for (var i = 0; i < _statuses.Length; i++)
        {
            if (_statuses[i].IsActive && !reach.Reached[i])
            {
                findings.Add(_statuses[i].IsConverted
                    ? new UnreachableOutcomeFinding(_names[i], DefinitionValueKind.Status, DefaultStatus.Name)
                    : new UnreachableValueFinding(_names[i], DefinitionValueKind.Status, DefaultStatus.Name));
            }
        }

        for (var i = 0; i < _statuses.Length; i++)
        {
            if (!reach.Reached[i] && _table.EntryGuards(i) is { Length: > 0 } guards)
            {
                findings.Add(new UnreachableEntryGuardsFinding(_names[i], [.. guards.Select(g => g.Description)], _statuses[i].IsActive, DefaultStatus.Name));
            }
        }

        var canClose = LintWalker.Backward(graph, Enumerable.Range(0, _statuses.Length).Where(i => _statuses[i] is { IsClosed: true, IsActive: true }));
        for (var i = 0; i < _statuses.Length; i++)
        {
            if (reach.Reached[i] && _statuses[i].IsOpen && !canClose[i])
            {
                findings.Add(new NoWayOutFinding(_names[i], DefinitionValueKind.Status, reach.PathTo(graph, i)));
            }
        }

        AddGuardBypasses(graph, reach, findings);
        return new ProcessLintReport(Name, findings);
    }

    /// <summary>For each status with a guarded explicit transition into it, every permitted move into it from a reachable
    /// status that lacks one of those guards.</summary>
    private void AddGuardBypasses(LintGraph graph, LintReach reach, List<ProcessLintFinding> findings)
    {
        var guardedInto = new SortedDictionary<int, List<(ProcessLintStep Move, string[] Guards)>>();
        foreach (var rule in Definition.ExplicitRules.Where(r => r.Guards.Length > 0))
        {
            var (from, to) = (IndexOf(rule.From), IndexOf(rule.To));
            if (graph.Has(from, (int)rule.Trigger, to))
            {
                var move = new ProcessLintStep(rule.From, rule.Trigger.ToString(), rule.To);
                (guardedInto.TryGetValue(to, out var list) ? list : guardedInto[to] = []).Add((move, [.. rule.Guards.Select(g => g.Description)]));
            }
        }

        var ranges = new List<LintRange>();
        var moves = new List<(int Trigger, int Node)>();
        foreach (var (to, guarded) in guardedInto)
        {
            string[] required = [.. guarded.SelectMany(g => g.Guards).Distinct(StringComparer.Ordinal)];
            ranges.Clear();
            moves.Clear();
            graph.Sources(to, ranges, moves);
            var candidates = new SortedSet<(int From, int Trigger)>(moves.Select(m => (m.Node, m.Trigger)));
            foreach (var range in ranges)
            {
                for (var from = range.Low; from <= range.High; from++)
                {
                    if (graph.ClassOf(from) == range.Class)
                    {
                        candidates.Add((from, range.Trigger));
                    }
                }
            }

            foreach (var (from, trigger) in candidates)
            {
                if (!reach.Reached[from] || !graph.Has(from, trigger, to))
                {
                    continue;
                }

                var has = _table.Guards(from, (LeadStatusTrigger)trigger, to).Select(g => g.Description).ToHashSet(StringComparer.Ordinal);
                string[] missing = [.. required.Where(g => !has.Contains(g))];
                if (missing.Length > 0)
                {
                    var path = reach.PathTo(graph, from);
                    path.Add(new ProcessLintStep(_names[from], graph.TriggerName(trigger), _names[to]));
                    var guardedMove = guarded.First(g => g.Guards.Any(missing.Contains)).Move;
                    findings.Add(new GuardBypassFinding(_names[to], path, guardedMove, missing));
                }
            }
        }
    }
}
