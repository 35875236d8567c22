using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

/// <summary>FsCheck 3 arbitraries, with shrinking, for testing lead and opportunity pipelines: random valid
/// processes, records valid (or deliberately invalid) for a process, and verb sequences that fit a process.</summary>
/// <remarks>
/// <para>The parameterless members (<see cref="LeadProcessSpecs"/>, <see cref="SalesProcessSpecs"/>,
/// <see cref="LeadDrafts"/>) can be registered for FsCheck.Xunit's <c>[Property(Arbitrary = ...)]</c>; the others
/// take the process the values must fit: use them with <c>Prop.ForAll</c>.</para>
/// <para>Sequences shrink to the shortest failing one: halves first, then one step fewer at each position, then each
/// step simplified (fewer optional arguments, earlier statuses or stages).</para>
/// </remarks>
public static partial class LifecycleArbitraries
{
    private static readonly string[] StatusWords =
        ["Open", "New", "Working", "Nurturing", "Engaged", "Qualified", "Won", "Lost", "Junk", "Recycled", "Hold", "Warm", "Konvertiert", "Closed - Converted", "Closed - Not Converted"];

    /// <summary>Random valid lead processes: 1 to 4 open statuses, up to one inactive, 1 to 3 converted, 0 to 3
    /// disqualified, with or without recycling, email guards on conversion and on entering a status, forward-only and
    /// no-skipping policies; and now and then Salesforce's two presets.</summary>
    /// <returns>Lead process specs; each builds.</returns>
    public static Arbitrary<LeadProcessSpec> LeadProcessSpecs() =>
        Arb.From(
            Gen.Frequency(
                (1, Gen.Constant(new LeadProcessSpec(["Open - Not Contacted", "Working - Contacted"], ["Closed - Converted"], ["Closed - Not Converted"], [], true, false))),
                (1, Gen.Constant(new LeadProcessSpec(["Open", "Contacted"], ["Qualified"], ["Unqualified"], [], true, false))),
                (4, RandomLeadProcessSpecs())),
            spec => spec.Shrink().Where(s => s.ToBuilder().TryBuild().IsSuccess));

    /// <summary>Random valid sales processes: 1 to 12 stages of every kind (open, won, lost, inactive), sort orders
    /// with ties, every policy combination, and fields required from random stages.</summary>
    /// <returns>Sales process specs; each builds.</returns>
    public static Arbitrary<SalesProcessSpec> SalesProcessSpecs() =>
        Arb.From(
            from count in Gen.Choose(1, 12)
            from kinds in Gen.Choose(0, 9).ArrayOf(count)
            from inactive in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(count)
            from sortOrders in Gen.Choose(0, 4).ArrayOf(count)
            from flags in Gen.Choose(0, 15)
            from requirements in (from stage in Gen.Choose(0, count - 1)
                                  from fields in Gen.Elements(Enum.GetValues<OpportunityField>()).ArrayOf()
                                  select new StageRequirement("S" + stage, fields)).ArrayOf()
            let spec = new SalesProcessSpec(
                "Random",
                [.. kinds.Select((kind, i) => Stage(i, kind, !inactive[i], sortOrders[i]))],
                new SalesProcessPolicy { ForwardOnly = (flags & 1) != 0, NoSkipping = (flags & 2) != 0, LockClosed = (flags & 4) != 0, RequireLossReason = (flags & 8) != 0 },
                requirements)
            where spec.TryBuild().IsSuccess
            select spec,
            spec => spec.Shrink());

    private static Gen<LeadProcessSpec> RandomLeadProcessSpecs() =>
        from names in Gen.Shuffle(Enumerable.Range(0, 40).Select(i => $"{StatusWords[i % StatusWords.Length]} {i}").ToArray())
        from open in Gen.Choose(1, 4)
        from inactive in Gen.Choose(0, 1)
        from converted in Gen.Choose(1, 3)
        from disqualified in Gen.Choose(0, 3)
        from recycle in Gen.Elements(true, false)
        from guard in Gen.Elements(true, false)
        from forwardOnly in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from noSkipping in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from entryGuard in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 12)))
        select new LeadProcessSpec(
            names[..open],
            names[open..(open + converted)],
            names[(open + converted)..(open + converted + disqualified)],
            names[(open + converted + disqualified)..(open + converted + disqualified + inactive)],
            recycle,
            guard,
            forwardOnly,
            noSkipping,
            entryGuard);

    /// <summary>Mostly open stages, some won (kind 8), some lost (kind 9).</summary>
    private static OpportunityStage Stage(int index, int kind, bool isActive, int sortOrder)
    {
        var (closed, won) = kind switch { 8 => (true, true), 9 => (true, false), _ => (false, false) };
        return new OpportunityStage("S" + index)
        {
            Probability = won ? 100 : closed ? 0 : 10 * (index % 10),
            ForecastCategory = won ? ForecastCategory.Closed : closed ? ForecastCategory.Omitted : ForecastCategory.Pipeline,
            IsClosed = closed,
            IsWon = won,
            IsActive = isActive,
            SortOrder = sortOrder,
        };
    }
}
