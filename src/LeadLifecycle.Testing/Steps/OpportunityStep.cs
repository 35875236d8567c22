using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

/// <summary>One call on an opportunity, as data: a stage verb or a field change of <see cref="OpportunityWorkflow"/>.</summary>
/// <remarks>
/// A closed set of small records (<see cref="MoveTo"/>, <see cref="Advance"/>, <see cref="CloseAsWon"/>,
/// <see cref="CloseAsLost"/>, <see cref="Reopen"/>, <see cref="ChangeStage"/>, <see cref="ChangeAmount"/>,
/// <see cref="ChangeCloseDate"/>, <see cref="OverrideProbability"/>, <see cref="OverrideForecastCategory"/>), so FsCheck
/// can generate, shrink and print a sequence of them: each prints as the call it makes, e.g.
/// <c>MoveTo("Negotiation")</c>. Apply them with an <see cref="OpportunityRunner"/>; generate them with
/// <see cref="LifecycleArbitraries.OpportunitySteps"/>.
/// </remarks>
public abstract partial record OpportunityStep
{
    private protected OpportunityStep()
    {
    }

    /// <summary>Applies the step through the runner's workflow.</summary>
    internal abstract StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity);

    /// <summary>Simpler versions of this step, for shrinking: fewer optional arguments, earlier stages, round values.</summary>
    internal virtual IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages) => [];

    /// <summary>Quotes a value as C# would write it.</summary>
    private protected static string Quote(string? value) => value is null ? "null" : "\"" + value + "\"";

    /// <summary>Loss details as the step prints them.</summary>
    private protected static string Text(LossDetails loss) =>
        loss.Competitor is null ? $"Reason = {Quote(loss.Reason)}" : $"Reason = {Quote(loss.Reason)}, Competitor = {Quote(loss.Competitor)}";

    /// <summary>The stages before <paramref name="stage"/> in the process's order, earliest first.</summary>
    private protected static IEnumerable<string> Earlier(IReadOnlyList<string> stages, string stage)
    {
        foreach (var candidate in stages)
        {
            if (candidate == stage)
            {
                yield break;
            }

            yield return candidate;
        }
    }
}
