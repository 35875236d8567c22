using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Generators;

/// <summary>What a generated step does to an opportunity.</summary>
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
}

/// <summary>One generated verb call, made <see cref="MinutesLater"/> minutes after the previous one.</summary>
/// <param name="Kind">The verb.</param>
/// <param name="Stage">The stage, as an index into the process's stages (modulo their count).</param>
/// <param name="NameStage">Whether to name the stage for verbs where it is optional.</param>
/// <param name="Reason">The loss reason, for closing as lost.</param>
/// <param name="Amount">The amount, for changing it.</param>
/// <param name="Probability">The probability, for overriding it (may be out of range).</param>
/// <param name="MinutesLater">The time since the previous step.</param>
public sealed record OpportunityStep(OpportunityStepKind Kind, int Stage, bool NameStage, string? Reason, decimal? Amount, int Probability, int MinutesLater);

/// <summary>A generated life of one opportunity: a sales process, a starting amount and close date, and verb calls.</summary>
/// <param name="ProcessIndex">The index into <see cref="OpportunityArbitraries.Processes"/>.</param>
/// <param name="Amount">The starting amount.</param>
/// <param name="HasCloseDate">Whether it starts with a close date.</param>
/// <param name="Steps">The verb calls, in order.</param>
public sealed record OpportunityScenario(int ProcessIndex, decimal? Amount, bool HasCloseDate, OpportunityStep[] Steps)
{
    public SalesProcess Process => OpportunityArbitraries.Processes[ProcessIndex];

    public override string ToString() =>
        $"{Process.Name}, amount {Amount}, close date {HasCloseDate}: {string.Join(" | ", Steps.Select(s => s.ToString()))}";
}

/// <summary>FsCheck generators for opportunities, their sales processes and verb sequences.</summary>
public static class OpportunityArbitraries
{
    /// <summary>Sales processes covering every policy, alone and combined.</summary>
    public static readonly SalesProcess[] Processes =
    [
        SalesProcess.SalesforceDefault,
        SalesProcess.HubSpotDefault,
        Salesforce("Forward only", new SalesProcessPolicy { ForwardOnly = true }),
        Salesforce("No skipping", new SalesProcessPolicy { NoSkipping = true }),
        new SalesProcessBuilder("HubSpot pipeline rules").AddStages(SalesProcess.HubSpotDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { NoSkipping = true, ForwardOnly = true }).Build(),
        Salesforce("Closed locked", new SalesProcessPolicy { LockClosed = true }),
        new SalesProcessBuilder("Loss reason and fields").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { RequireLossReason = true })
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate).Build(),
        new SalesProcessBuilder("Several won and lost")
            .AddOpenStage("Discovery", 10)
            .AddStage(new OpportunityStage("Retired") { Probability = 30, IsActive = false, SortOrder = 2 })
            .AddOpenStage("Proposal", 50, ForecastCategory.BestCase)
            .AddOpenStage("Commit", 80, ForecastCategory.Commit)
            .AddWonStage("Won - New")
            .AddWonStage("Won - Renewal")
            .AddLostStage("Lost - Price")
            .AddLostStage("Lost - No Decision")
            .WithPolicy(new SalesProcessPolicy { NoSkipping = true, LockClosed = true })
            .Build(),
    ];

    private static readonly string?[] Reasons = [null, string.Empty, " ", "Price", "Timing", "Competitor"];

    public static Arbitrary<OpportunityScenario> Scenarios() => Arb.From(
        from process in Gen.Choose(0, Processes.Length - 1)
         from amount in Amounts()
         from closeDate in Gen.Elements(true, false)
         from steps in Steps().ArrayOf()
         select new OpportunityScenario(process, amount, closeDate, steps),
        ShrinkScenario);

    public static Arbitrary<Opportunity[]> Pipelines()
    {
        var stages = SalesProcess.SalesforceDefault.Stages.Select(s => s.Name).Append("Qualified To Buy").ToArray();
        var opportunity =
            from stage in Gen.Elements(stages)
            from amount in Amounts()
            from probability in Gen.Choose(0, 100)
            from category in Gen.Elements(Enum.GetValues<ForecastCategory>())
            select new Opportunity { Name = "Generated", Stage = stage, Amount = amount, Probability = probability, ForecastCategory = category };
        return Arb.From(opportunity.ArrayOf(), ShrinkArray);
    }

    private static Gen<decimal?> Amounts() =>
        Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (5, Gen.Choose(0, 100_000_000).Select(cents => (decimal?)(cents / 100m))));

    private static Gen<OpportunityStep> Steps() =>
        from kind in Gen.Frequency(
            (4, Gen.Constant(OpportunityStepKind.MoveTo)),
            (4, Gen.Constant(OpportunityStepKind.Advance)),
            (2, Gen.Constant(OpportunityStepKind.CloseAsWon)),
            (2, Gen.Constant(OpportunityStepKind.CloseAsLost)),
            (2, Gen.Constant(OpportunityStepKind.Reopen)),
            (2, Gen.Constant(OpportunityStepKind.ChangeStage)),
            (1, Gen.Constant(OpportunityStepKind.ChangeAmount)),
            (1, Gen.Constant(OpportunityStepKind.ChangeCloseDate)),
            (1, Gen.Constant(OpportunityStepKind.OverrideProbability)))
        from stage in Gen.Choose(0, 9)
        from nameStage in Gen.Elements(true, false)
        from reason in Gen.Elements(Reasons)
        from amount in Amounts()
        from probability in Gen.Choose(-5, 105)
        from minutes in Gen.Choose(0, 60 * 24 * 10)
        select new OpportunityStep(kind, stage, nameStage, reason, amount, probability, minutes);

    /// <summary>Shrinks by dropping steps: halves first, then one step at a time.</summary>
    private static IEnumerable<OpportunityScenario> ShrinkScenario(OpportunityScenario scenario) =>
        ShrinkArray(scenario.Steps).Select(steps => scenario with { Steps = steps });

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
