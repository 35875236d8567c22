using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Generators;

/// <summary>One explicit transition of a generated lead process; indices wrap over the statuses.</summary>
public sealed record LintEdge(LeadStatusTrigger Trigger, int From, int To, bool Guarded);

/// <summary>A small lead process in plain data for lint properties: statuses by kind (0 open, 1 converted, 2
/// disqualified; status 0 is the open, active default), some inactive, standard transitions or not, a policy, and
/// explicit transitions, some guarded. Explicit transitions the builder would refuse are left out when built.</summary>
public sealed record LintProcessSpec(int[] Kinds, bool[] Inactive, bool Standard, bool Recycle, bool ForwardOnly, bool NoSkipping, LintEdge[] Edges, int EntryGuardOn)
{
    public const string EmailGuard = "lead has an email address";

    public static string NameOf(int index) => "S" + index;

    public LeadProcess Build()
    {
        var n = Kinds.Length;
        var builder = new LeadProcessBuilder("Lint generated");
        var statuses = new LeadStatus[n];
        for (var i = 0; i < n; i++)
        {
            var kind = i == 0 ? 0 : Kinds[i];
            statuses[i] = new LeadStatus(NameOf(i))
            {
                SortOrder = i,
                IsDefault = i == 0,
                IsConverted = kind == 1,
                IsClosed = kind != 0,
                IsActive = i == 0 || !Inactive[i],
            };
            builder.AddStatus(statuses[i]);
        }

        if (!statuses.Any(s => s.IsConverted))
        {
            builder.AddStatus(new LeadStatus("Converted") { SortOrder = n, IsConverted = true, IsClosed = true });
        }

        if (Standard)
        {
            builder.PermitStandardTransitions(Recycle);
        }

        builder.WithPolicy(new LeadProcessPolicy { ForwardOnly = ForwardOnly, NoSkipping = NoSkipping });
        var contacted = Array.FindIndex(statuses, s => s is { IsOpen: true, IsActive: true, IsDefault: false });
        foreach (var edge in Edges)
        {
            var (from, to) = (statuses[edge.From % n], statuses[edge.To % n]);
            if (IsValid(edge.Trigger, from, to, contacted < 0 ? null : statuses[contacted]))
            {
                builder.Permit(edge.Trigger, from.Name, to.Name, edge.Guarded ? [NewEmailGuard()] : []);
            }
        }

        if (EntryGuardOn >= 0)
        {
            builder.RequireOnEntry(NameOf(EntryGuardOn % n), NewEmailGuard());
        }

        return builder.Build();
    }

    public static LeadTransitionGuard NewEmailGuard() => new(EmailGuard, l => !string.IsNullOrEmpty(l.Email));

    /// <summary>The builder's rules for an explicit transition (LeadProcessBuilder.TransitionProblem).</summary>
    private static bool IsValid(LeadStatusTrigger trigger, LeadStatus from, LeadStatus to, LeadStatus? contacted) =>
        to.IsActive && !ReferenceEquals(from, to) && (!from.IsConverted) && trigger switch
        {
            LeadStatusTrigger.Convert => to.IsConverted,
            LeadStatusTrigger.MarkContacted => ReferenceEquals(to, contacted) && from.IsOpen,
            LeadStatusTrigger.MoveTo => from.IsOpen && to.IsOpen,
            LeadStatusTrigger.Disqualify => from.IsOpen && to.IsDisqualified,
            LeadStatusTrigger.Recycle => from.IsDisqualified && to.IsOpen,
            _ => false,
        };

    public override string ToString() =>
        $"Kinds=[{string.Join(",", Kinds)}] Inactive=[{string.Join(",", Inactive.Select(b => b ? 1 : 0))}] Standard={Standard} Recycle={Recycle} ForwardOnly={ForwardOnly} NoSkipping={NoSkipping} EntryGuardOn={EntryGuardOn} Edges=[{string.Join("; ", Edges.Select(e => $"{e.Trigger} {e.From}->{e.To}{(e.Guarded ? " guarded" : string.Empty)}"))}]";
}

/// <summary>FsCheck generators for process lint properties.</summary>
public static class LintArbitraries
{
    public static Gen<LintProcessSpec> LeadProcessSpecs() =>
        from count in Gen.Choose(2, 8)
        from kinds in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2))).ArrayOf(count)
        from inactive in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(count)
        from standard in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from recycle in Gen.Elements(true, false)
        from forwardOnly in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from noSkipping in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from edges in (from trigger in Gen.Elements(Enum.GetValues<LeadStatusTrigger>())
                       from edgeFrom in Gen.Choose(0, 7)
                       from edgeTo in Gen.Choose(0, 7)
                       from guarded in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                       select new LintEdge(trigger, edgeFrom, edgeTo, guarded)).ArrayOf()
        from entryGuard in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 7)))
        select new LintProcessSpec(kinds, inactive, standard, recycle, forwardOnly, noSkipping, edges, entryGuard);

    public static Arbitrary<LintProcessSpec> LeadProcessSpecArbitrary() => Arb.From(LeadProcessSpecs(), Shrink);

    /// <summary>Smaller processes first: fewer explicit transitions, fewer statuses, no policy, no entry guard, then
    /// unguarded transitions.</summary>
    public static IEnumerable<LintProcessSpec> Shrink(LintProcessSpec spec)
    {
        for (var i = 0; i < spec.Edges.Length; i++)
        {
            yield return spec with { Edges = [.. spec.Edges[..i], .. spec.Edges[(i + 1)..]] };
        }

        if (spec.Kinds.Length > 2)
        {
            yield return spec with { Kinds = spec.Kinds[..^1], Inactive = spec.Inactive[..^1] };
        }

        if (spec.ForwardOnly)
        {
            yield return spec with { ForwardOnly = false };
        }

        if (spec.NoSkipping)
        {
            yield return spec with { NoSkipping = false };
        }

        if (spec.EntryGuardOn >= 0)
        {
            yield return spec with { EntryGuardOn = -1 };
        }

        for (var i = 0; i < spec.Edges.Length; i++)
        {
            if (spec.Edges[i].Guarded)
            {
                var edges = spec.Edges.ToArray();
                edges[i] = edges[i] with { Guarded = false };
                yield return spec with { Edges = edges };
            }
        }
    }
}
