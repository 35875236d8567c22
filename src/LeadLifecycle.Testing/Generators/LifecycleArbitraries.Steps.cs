using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

public static partial class LifecycleArbitraries
{
    private static readonly string[] DisqualificationReasons = ["Lost", "Cannot Contact", "No Longer Interested", "Canceled", "", " "];

    /// <summary>Sequences of lead verbs that fit a process: <see cref="LeadStep.MarkContacted"/>,
    /// <see cref="LeadStep.MoveTo"/> (to any status of the process, converted and inactive ones included, which the
    /// workflow must refuse), <see cref="LeadStep.Disqualify"/> (reasons blank ones included),
    /// <see cref="LeadStep.Recycle"/>, <see cref="LeadStep.SetEmail"/> and the signal verbs
    /// (<see cref="LeadStep.RecordInterestShown"/>, <see cref="LeadStep.RecordMeetingAgreed"/>,
    /// <see cref="LeadStep.RecordPricingAgreed"/>); no conversion.</summary>
    /// <param name="process">The lead process.</param>
    /// <returns>Step sequences; a failing one shrinks to the shortest, with the simplest arguments.</returns>
    public static Arbitrary<LeadStep[]> LeadSteps(LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Sequences(LeadStepGen(process, null), process);
    }

    /// <summary>Sequences of lead verbs and conversions that fit a process: the steps of <see cref="LeadSteps"/>
    /// and <see cref="LeadStep.Convert"/> with requests from <see cref="ConversionRequests"/>. Run them with a
    /// <see cref="LeadRunner"/> that has a converter.</summary>
    /// <param name="process">The lead process.</param>
    /// <returns>Step sequences; a failing one shrinks to the shortest, with the simplest arguments.</returns>
    public static Arbitrary<LeadStep[]> LeadStepsWithConversion(LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Sequences(LeadStepGen(process, ConversionRequests(process).Generator), process);
    }

    /// <summary>Sequences of opportunity verbs that fit a sales process: every stage verb (to any stage of the
    /// process, with and without loss details) and every field change (amounts, close dates, probabilities and
    /// forecast categories within their ranges).</summary>
    /// <param name="process">The sales process.</param>
    /// <returns>Step sequences; a failing one shrinks to the shortest, with the simplest arguments.</returns>
    public static Arbitrary<OpportunityStep[]> OpportunitySteps(SalesProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var stages = process.Stages.Select(s => s.Name).ToArray();
        var won = process.WonStages.Select(s => s.Name).ToArray();
        var lost = process.LostStages.Select(s => s.Name).ToArray();
        var anyStage = Gen.Elements(stages);
        var loss = Gen.Frequency(
            (2, Gen.Constant<LossDetails?>(null)),
            (3, Gen.Elements<LossDetails?>(new LossDetails { Reason = "Price" }, new LossDetails { Reason = "Timing", Competitor = "Rival Inc." })));
        var step = Gen.Frequency(
            (4, anyStage.Select(s => (OpportunityStep)new OpportunityStep.MoveTo(s))),
            (4, Gen.Constant<OpportunityStep>(new OpportunityStep.Advance())),
            (2, Optional(won).Select(s => (OpportunityStep)new OpportunityStep.CloseAsWon(s))),
            (2, from l in loss from s in Optional(lost) select (OpportunityStep)new OpportunityStep.CloseAsLost(l, s)),
            (2, Optional(stages).Select(s => (OpportunityStep)new OpportunityStep.Reopen(s))),
            (2, from s in anyStage from l in loss select (OpportunityStep)new OpportunityStep.ChangeStage(s, l)),
            (1, Gen.Frequency((1, Gen.Constant<decimal?>(null)), (5, Gen.Choose(0, 10_000_000).Select(c => (decimal?)(c / 100m))))
                .Select(a => (OpportunityStep)new OpportunityStep.ChangeAmount(a))),
            (1, Gen.Choose(0, 730).Select(d => (OpportunityStep)new OpportunityStep.ChangeCloseDate(new DateOnly(2026, 1, 1).AddDays(d)))),
            (1, Gen.Choose(0, 100).Select(p => (OpportunityStep)new OpportunityStep.OverrideProbability(p))),
            (1, Gen.Elements(Enum.GetValues<ForecastCategory>()).Select(c => (OpportunityStep)new OpportunityStep.OverrideForecastCategory(c))));
        return Arb.From(step.ArrayOf(), steps => Shrinking.Sequence(steps, s => s.Simplify(stages)));
    }

    private static Gen<LeadStep> LeadStepGen(LeadProcess process, Gen<Conversion.ConversionRequest>? requests)
    {
        var statuses = process.Statuses.Select(s => s.Name).ToArray();
        var disqualified = process.Statuses.Where(s => s.IsDisqualified).Select(s => s.Name).ToArray();
        var steps = new List<(int, Gen<LeadStep>)>
        {
            (3, Gen.Constant<LeadStep>(new LeadStep.MarkContacted())),
            (5, Gen.Elements(statuses).Select(s => (LeadStep)new LeadStep.MoveTo(s))),
            (2, from reason in Gen.Elements(DisqualificationReasons) from status in Optional(disqualified) select (LeadStep)new LeadStep.Disqualify(reason, status)),
            (2, Optional(statuses).Select(s => (LeadStep)new LeadStep.Recycle(s))),
            (2, Gen.Elements<string?>(null, Emails[0]).Select(e => (LeadStep)new LeadStep.SetEmail(e))),
            (2, Gen.Elements<LeadStep>(new LeadStep.RecordInterestShown(), new LeadStep.RecordMeetingAgreed(), new LeadStep.RecordPricingAgreed())),
        };
        if (requests is not null)
        {
            steps.Add((2, requests.Select(r => (LeadStep)new LeadStep.Convert(r))));
        }

        return Gen.Frequency(steps);
    }

    private static Arbitrary<LeadStep[]> Sequences(Gen<LeadStep> step, LeadProcess process)
    {
        var statuses = process.Statuses.Select(s => s.Name).ToArray();
        return Arb.From(step.ArrayOf(), steps => Shrinking.Sequence(steps, s => s.Simplify(statuses)));
    }

    /// <summary>Null half of the time, else one of the values (always null when there are none).</summary>
    private static Gen<string?> Optional(string[] values) =>
        values.Length == 0
            ? Gen.Constant<string?>(null)
            : Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Elements(values).Select(v => (string?)v)));
}
