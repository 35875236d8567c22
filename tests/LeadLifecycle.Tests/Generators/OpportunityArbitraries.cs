using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Testing;

namespace LeadLifecycle.Tests.Generators;

/// <summary>What a generated step does to an opportunity: every verb of <see cref="OpportunityWorkflow"/>.</summary>
public enum OpportunityStepKind
{
    MoveTo = 0,
    Advance = 1,
    CloseAsWon = 2,
    CloseAsLost = 3,
    Reopen = 4,
    ChangeStage = 5,
    ChangeAmount = 6,
    ChangeCloseDate = 7,
    OverrideProbability = 8,
    OverrideForecastCategory = 9,
    Fire = 10,
}

/// <summary>How a generated record is broken, as a record built with <c>with</c> or read from storage can be.</summary>
public enum OpportunityCorruption
{
    None = 0,
    AmountMaxValue = 1,
    AmountJustPastTheLimit = 2,
    AmountMinValue = 3,
    Probability150 = 4,
    ProbabilityNegative = 5,
    WonButOpen = 6,
    ClosedFlagFlipped = 7,
    UndefinedForecastCategory = 8,
    NoCloseDate = 9,
    NullHistory = 10,
    NullCustomFields = 11,
    NullName = 12,
    NameTooLong = 13,
    LossReasonWhileOpen = 14,
    NullStage = 15,
    UnknownStage = 16,
    HugeDescription = 17,
}

/// <summary>One generated verb call, made <see cref="MinutesLater"/> minutes after the previous one.</summary>
/// <param name="Kind">The verb.</param>
/// <param name="Stage">The stage, as an index into the process's stages (modulo their count).</param>
/// <param name="NameStage">Whether to name the stage for verbs where it is optional.</param>
/// <param name="Reason">The loss reason, for closing as lost (and for verbs that refuse loss details).</param>
/// <param name="Competitor">The competitor.</param>
/// <param name="Amount">The amount, for changing it (edge values included).</param>
/// <param name="Probability">The probability, for overriding it (may be out of range).</param>
/// <param name="Category">The forecast category, for overriding it (may be undefined).</param>
/// <param name="Trigger">The trigger, for <see cref="OpportunityWorkflow.Fire"/> (may be undefined).</param>
/// <param name="MinutesLater">The time since the previous step.</param>
public sealed record OpportunityStep(
    OpportunityStepKind Kind, int Stage, bool NameStage, string? Reason, string? Competitor, decimal? Amount, int Probability,
    ForecastCategory Category, OpportunityStageTrigger Trigger, int MinutesLater)
{
    /// <summary>The loss details the step passes, or null when it passes none.</summary>
    public LossDetails? Loss => Reason is null && Competitor is null ? null : new LossDetails { Reason = Reason, Competitor = Competitor };
}

/// <summary>A generated life of one opportunity: a sales process, a starting amount and probability, a corruption
/// applied after creation (usually none), and verb calls.</summary>
/// <param name="ProcessIndex">The index into <see cref="OpportunityArbitraries.Processes"/>.</param>
/// <param name="Amount">The starting amount.</param>
/// <param name="Probability">The probability given at creation (0: from the stage).</param>
/// <param name="Corruption">How the created record is broken before the first step.</param>
/// <param name="Steps">The verb calls, in order.</param>
public sealed record OpportunityScenario(int ProcessIndex, decimal? Amount, int Probability, OpportunityCorruption Corruption, OpportunityStep[] Steps)
{
    public SalesProcess Process => OpportunityArbitraries.Processes[ProcessIndex];

    public override string ToString() =>
        $"{Process.Name}, amount {Amount}, probability {Probability}, {Corruption}: {string.Join(" | ", Steps.Select(s => s.ToString()))}";
}

/// <summary>FsCheck generators for opportunities, their sales processes, verb sequences and hostile records.</summary>
public static class OpportunityArbitraries
{
    /// <summary>Sales processes covering every policy, alone and combined, a default stage in the middle of the order,
    /// and a process of closed stages only.</summary>
    public static readonly SalesProcess[] Processes =
    [
        SalesProcess.SalesforceDefault,
        SalesProcess.HubSpotDefault,
        Salesforce("Forward only", new SalesProcessPolicy { ForwardOnly = true }),
        Salesforce("No skipping", new SalesProcessPolicy { NoSkipping = true }),
        new SalesProcessBuilder("HubSpot pipeline rules").AddStages(SalesProcess.HubSpotDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { NoSkipping = true, ForwardOnly = true }).Build(),
        Salesforce("Closed locked", new SalesProcessPolicy { LockClosed = true }),
        Salesforce("Probability locked on closed", new SalesProcessPolicy { LockProbabilityOnClosed = true }),
        new SalesProcessBuilder("Loss reason and fields").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { RequireLossReason = true })
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate).Build(),
        new SalesProcessBuilder("Several won and lost")
            .AddOpenStage("Discovery", 10)
            .AddStage(new OpportunityStage("Retired") { Probability = 30, IsActive = false, SortOrder = 2 })
            .AddOpenStage("Proposal", 50, ForecastCategory.BestCase)
            .AddOpenStage("Likely", 65, ForecastCategory.MostLikely)
            .AddOpenStage("Commit", 80, ForecastCategory.Commit)
            .AddWonStage("Won - New")
            .AddWonStage("Won - Renewal")
            .AddLostStage("Lost - Price")
            .AddLostStage("Lost - No Decision")
            .WithPolicy(new SalesProcessPolicy { NoSkipping = true, LockClosed = true })
            .Build(),
        new SalesProcessBuilder("Default in the middle").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithDefaultStage("Needs Analysis").WithPolicy(new SalesProcessPolicy { ForwardOnly = true }).Build(),
        new SalesProcessBuilder("Closed only").AddLostStage("Closed Lost").AddWonStage("Closed Won").Build(),
    ];

    private static readonly string?[] Reasons = [null, string.Empty, " ", "Price", "Timing", new string('r', 256)];

    private static readonly string?[] Competitors = [null, null, "Honda", new string('c', 256)];

    /// <summary>Random sales processes, from the testing kit's generator: 1 to 12 stages of every kind (open, won,
    /// lost, inactive), sort orders with ties, every policy combination, and fields required from random stages.</summary>
    public static Arbitrary<SalesProcessSpec> RandomSalesProcesses() => LifecycleArbitraries.SalesProcessSpecs();

    public static Arbitrary<OpportunityScenario> Scenarios() => Arb.From(
        from process in Gen.Choose(0, Processes.Length - 1)
        from amount in Amounts()
        from probability in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 100)))
        from corruption in Gen.Frequency((6, Gen.Constant(OpportunityCorruption.None)), (1, Gen.Elements(Enum.GetValues<OpportunityCorruption>())))
        from steps in Steps().ArrayOf()
        select new OpportunityScenario(process, amount, probability, corruption, steps),
        ShrinkScenario);

    public static Arbitrary<Opportunity[]> Pipelines()
    {
        var stages = SalesProcess.SalesforceDefault.Stages.Select(s => s.Name).Append("Qualified To Buy").ToArray();
        var opportunity =
            from stage in Gen.Elements(stages)
            from amount in Gen.Frequency((4, ValidAmounts()), (1, AmountsOfEveryScale()))
            from probability in Gen.Choose(0, 100)
            from category in Gen.Elements(Enum.GetValues<ForecastCategory>())
            select new Opportunity { Name = "Generated", Stage = stage, Amount = amount, Probability = probability, ForecastCategory = category };
        return Arb.From(opportunity.ArrayOf(), ShrinkArray);
    }

    /// <summary>Amounts a verb accepts: ordinary ones, the limits, and values with more than 2 decimals.</summary>
    public static Gen<decimal?> ValidAmounts() =>
        Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (5, Gen.Choose(0, 100_000_000).Select(cents => (decimal?)(cents / 100m))),
            (1, Gen.Elements<decimal?>(
                0m, 333.33m, 0.05m, 0.005m, -1250.5m, 1234.5678m,
                OpportunityFieldLimits.MaxAmount, -OpportunityFieldLimits.MaxAmount, OpportunityFieldLimits.MaxAmount - 0.01m)));

    /// <summary>Valid amounts of either sign with 0 to 4 decimals (trailing zeros kept: 5.10 has scale 2), so sums and
    /// roundings meet every scale and half-way case.</summary>
    public static Gen<decimal?> AmountsOfEveryScale() =>
        from units in Gen.Choose(-2_000_000, 2_000_000)
        from scale in Gen.Choose(0, 4)
        from big in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (decimal?)(big
            ? new decimal(Math.Abs(units), 232_830, 0, units < 0, (byte)scale) // about 10^15 x 10^-scale
            : new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale));

    /// <summary>Amounts of every kind, those past the limits included.</summary>
    public static Gen<decimal?> Amounts() =>
        Gen.Frequency(
            (8, ValidAmounts()),
            (1, Gen.Elements<decimal?>(OpportunityFieldLimits.MaxAmount + 0.01m, -OpportunityFieldLimits.MaxAmount - 0.01m, decimal.MaxValue, decimal.MinValue)));

    /// <summary>Applies a corruption to a record, as <c>with</c> can.</summary>
    public static Opportunity Corrupt(Opportunity opportunity, OpportunityCorruption corruption) => corruption switch
    {
        OpportunityCorruption.AmountMaxValue => opportunity with { Amount = decimal.MaxValue },
        OpportunityCorruption.AmountJustPastTheLimit => opportunity with { Amount = OpportunityFieldLimits.MaxAmount + 0.01m },
        OpportunityCorruption.AmountMinValue => opportunity with { Amount = decimal.MinValue },
        OpportunityCorruption.Probability150 => opportunity with { Probability = 150 },
        OpportunityCorruption.ProbabilityNegative => opportunity with { Probability = int.MinValue },
        OpportunityCorruption.WonButOpen => opportunity with { IsWon = !opportunity.IsClosed, IsClosed = false },
        OpportunityCorruption.ClosedFlagFlipped => opportunity with { IsClosed = !opportunity.IsClosed },
        OpportunityCorruption.UndefinedForecastCategory => opportunity with { ForecastCategory = (ForecastCategory)42 },
        OpportunityCorruption.NoCloseDate => opportunity with { CloseDate = null },
        OpportunityCorruption.NullHistory => opportunity with { History = null! },
        OpportunityCorruption.NullCustomFields => opportunity with { CustomFields = null! },
        OpportunityCorruption.NullName => opportunity with { Name = null! },
        OpportunityCorruption.NameTooLong => opportunity with { Name = new string('n', 121) },
        OpportunityCorruption.LossReasonWhileOpen => opportunity.IsClosed ? opportunity with { IsClosed = false } : opportunity with { LossReason = "Price" },
        OpportunityCorruption.NullStage => opportunity with { Stage = null! },
        OpportunityCorruption.UnknownStage => opportunity with { Stage = "Qualified To Buy - Renamed" },
        OpportunityCorruption.HugeDescription => opportunity with { Description = new string('d', 1_000_000) },
        _ => opportunity,
    };

    private static Gen<OpportunityStep> Steps() =>
        from kind in Gen.Frequency(
            (4, Gen.Constant(OpportunityStepKind.MoveTo)),
            (4, Gen.Constant(OpportunityStepKind.Advance)),
            (2, Gen.Constant(OpportunityStepKind.CloseAsWon)),
            (2, Gen.Constant(OpportunityStepKind.CloseAsLost)),
            (2, Gen.Constant(OpportunityStepKind.Reopen)),
            (3, Gen.Constant(OpportunityStepKind.ChangeStage)),
            (1, Gen.Constant(OpportunityStepKind.ChangeAmount)),
            (1, Gen.Constant(OpportunityStepKind.ChangeCloseDate)),
            (1, Gen.Constant(OpportunityStepKind.OverrideProbability)),
            (1, Gen.Constant(OpportunityStepKind.OverrideForecastCategory)),
            (2, Gen.Constant(OpportunityStepKind.Fire)))
        from stage in Gen.Choose(0, 9)
        from nameStage in Gen.Elements(true, false)
        from reason in Gen.Elements(Reasons)
        from competitor in Gen.Elements(Competitors)
        from amount in Amounts()
        from probability in Gen.Frequency((8, Gen.Choose(-5, 105)), (1, Gen.Elements(150, int.MinValue, int.MaxValue)))
        from category in Gen.Frequency((8, Gen.Elements(Enum.GetValues<ForecastCategory>())), (1, Gen.Constant((ForecastCategory)42)))
        from trigger in Gen.Choose(0, 7).Select(t => (OpportunityStageTrigger)t)
        from minutes in Gen.Choose(0, 60 * 24 * 10)
        select new OpportunityStep(kind, stage, nameStage, reason, competitor, amount, probability, category, trigger, minutes);

    /// <summary>Shrinks by dropping steps (halves first, then one at a time), then by removing the corruption.</summary>
    private static IEnumerable<OpportunityScenario> ShrinkScenario(OpportunityScenario scenario)
    {
        foreach (var steps in ShrinkArray(scenario.Steps))
        {
            yield return scenario with { Steps = steps };
        }

        if (scenario.Corruption != OpportunityCorruption.None)
        {
            yield return scenario with { Corruption = OpportunityCorruption.None };
        }
    }

    private static IEnumerable<T[]> ShrinkArray<T>(T[] items)
    {
        if (items.Length > 1)
        {
            yield return items[..(items.Length / 2)];
            yield return items[(items.Length / 2)..];
        }

        for (var i = 0; i < items.Length; i++)
        {
            yield return [.. items[..i], .. items[(i + 1)..]];
        }
    }

    private static SalesProcess Salesforce(string name, SalesProcessPolicy policy) =>
        new SalesProcessBuilder(name).AddStages(SalesProcess.SalesforceDefault.Stages).WithPolicy(policy).Build();
}
