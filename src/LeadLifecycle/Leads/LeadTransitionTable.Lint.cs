using LeadLifecycle.Linting;

namespace LeadLifecycle.Leads;

/// <content>The transitions as <see cref="LeadProcess.Lint"/> walks them: the standard transitions as ranges of
/// statuses, worked out from the same flags and policy as <see cref="IsStandard"/> and <see cref="PolicyRefusal"/>,
/// and every explicit transition; each move the walk takes is confirmed by <see cref="Has"/>.</content>
internal sealed partial class LeadTransitionTable
{
    private const int OpenClass = 0;
    private const int DisqualifiedClass = 1;
    private const int ConvertedClass = 2;

    /// <summary>The transitions as a lint graph over the statuses' names.</summary>
    public LintGraph ToLintGraph(string[] names) => new LeadLintGraph(this, names);

    private sealed class LeadLintGraph : LintGraph
    {
        private static readonly string[] TriggerNames = ["None", .. Enum.GetValues<LeadStatusTrigger>().Select(t => t.ToString())];

        private readonly LeadTransitionTable _table;
        private readonly string[] _names;
        private readonly int[] _classes;
        private readonly int[] _nextOpen;
        private readonly int[] _previousOpen;
        private readonly List<(int Trigger, int Node)>?[] _explicitInto;

        public LeadLintGraph(LeadTransitionTable table, string[] names)
        {
            _table = table;
            _names = names;
            var statuses = table._statuses;
            var n = statuses.Length;
            _classes = new int[n];
            _nextOpen = new int[n];
            _previousOpen = new int[n];
            for (var i = 0; i < n; i++)
            {
                var s = statuses[i];
                _classes[i] = !s.IsActive ? -1 : s.IsConverted ? ConvertedClass : s.IsClosed ? DisqualifiedClass : OpenClass;
            }

            // The nearest active open status after and before each status (n and -1 when there is none).
            for (int i = n - 1, next = n; i >= 0; i--)
            {
                _nextOpen[i] = next;
                next = _classes[i] == OpenClass ? i : next;
            }

            for (int i = 0, previous = -1; i < n; i++)
            {
                _previousOpen[i] = previous;
                previous = _classes[i] == OpenClass ? i : previous;
            }

            _explicitInto = new List<(int, int)>?[n];
            foreach (var (from, trigger, to) in table._explicitOrder)
            {
                (_explicitInto[to] ??= []).Add(((int)trigger, from));
            }
        }

        public override int Count => _names.Length;

        public override int ClassOf(int node) => _classes[node];

        public override string NameOf(int node) => _names[node];

        public override string TriggerName(int trigger) => TriggerNames[trigger];

        /// <summary>A converted lead is terminal: no move leaves a converted status.</summary>
        public override bool Has(int from, int trigger, int to) =>
            !_table._statuses[from].IsConverted && _table.Has(from, (LeadStatusTrigger)trigger, to);

        public override void Targets(int from, List<LintRange> ranges, List<(int Trigger, int Node)> moves)
        {
            var source = _table._statuses[from];
            if (source.IsConverted)
            {
                return;
            }

            for (var trigger = 1; trigger <= TriggerCount; trigger++)
            {
                if (_table._explicit[Slot(from, (LeadStatusTrigger)trigger)] is { } set)
                {
                    foreach (var to in set.Targets)
                    {
                        moves.Add((trigger, to));
                    }
                }
            }

            if (!_table._standard)
            {
                return;
            }

            var last = Count - 1;
            if (source.IsOpen)
            {
                if (_table._contacted >= 0 && _table._contacted != from)
                {
                    AddOut(ranges, from, LeadStatusTrigger.MarkContacted, OpenClass, _table._contacted, _table._contacted);
                }

                AddOut(ranges, from, LeadStatusTrigger.MoveTo, OpenClass, 0, last);
                AddOut(ranges, from, LeadStatusTrigger.Disqualify, DisqualifiedClass, 0, last);
            }

            if (_table._recycle && source.IsDisqualified)
            {
                AddOut(ranges, from, LeadStatusTrigger.Recycle, OpenClass, 0, last);
            }

            AddOut(ranges, from, LeadStatusTrigger.Convert, ConvertedClass, 0, last);
        }

        public override void Sources(int to, List<LintRange> ranges, List<(int Trigger, int Node)> moves)
        {
            var target = _table._statuses[to];
            if (!target.IsActive)
            {
                return;
            }

            if (_explicitInto[to] is { } into)
            {
                moves.AddRange(into);
            }

            if (!_table._standard)
            {
                return;
            }

            var last = Count - 1;
            if (target.IsOpen)
            {
                if (to == _table._contacted)
                {
                    AddIn(ranges, to, LeadStatusTrigger.MarkContacted, OpenClass, 0, last);
                }

                AddIn(ranges, to, LeadStatusTrigger.MoveTo, OpenClass, 0, last);
                if (_table._recycle)
                {
                    AddIn(ranges, to, LeadStatusTrigger.Recycle, DisqualifiedClass, 0, last);
                }
            }
            else if (target.IsConverted)
            {
                AddIn(ranges, to, LeadStatusTrigger.Convert, OpenClass, 0, last);
                AddIn(ranges, to, LeadStatusTrigger.Convert, DisqualifiedClass, 0, last);
            }
            else
            {
                AddIn(ranges, to, LeadStatusTrigger.Disqualify, OpenClass, 0, last);
            }
        }

        /// <summary>Adds the targets of a standard move, narrowed by the policy (<see cref="PolicyRefusal"/>): forward-only
        /// keeps later statuses, no skipping those up to the next active open status.</summary>
        private void AddOut(List<LintRange> ranges, int from, LeadStatusTrigger trigger, int targetClass, int low, int high)
        {
            if (trigger is not (LeadStatusTrigger.Disqualify or LeadStatusTrigger.Convert))
            {
                low = _table._policy.ForwardOnly ? Math.Max(low, from) : low;
                high = _table._policy.NoSkipping ? Math.Min(high, _nextOpen[from]) : high;
            }

            if (low <= high)
            {
                ranges.Add(new LintRange((int)trigger, targetClass, low, high));
            }
        }

        /// <summary>Adds the sources of a standard move, narrowed by the policy: forward-only keeps earlier statuses, no
        /// skipping those from the previous active open status on.</summary>
        private void AddIn(List<LintRange> ranges, int to, LeadStatusTrigger trigger, int sourceClass, int low, int high)
        {
            if (trigger is not (LeadStatusTrigger.Disqualify or LeadStatusTrigger.Convert))
            {
                high = _table._policy.ForwardOnly ? Math.Min(high, to) : high;
                low = _table._policy.NoSkipping ? Math.Max(low, _previousOpen[to]) : low;
            }

            if (low <= high)
            {
                ranges.Add(new LintRange((int)trigger, sourceClass, low, high));
            }
        }
    }
}
