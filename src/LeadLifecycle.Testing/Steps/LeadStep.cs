using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

/// <summary>One call on a lead, as data: a lead verb of <see cref="LeadWorkflow"/>, a conversion through
/// <see cref="LeadConverter"/>, a qualification signal, or an edit of the lead's email (what guards usually look at).</summary>
/// <remarks>
/// A closed set of small records (<see cref="MarkContacted"/>, <see cref="MoveTo"/>, <see cref="Disqualify"/>,
/// <see cref="Recycle"/>, <see cref="RecordInterestShown"/>, <see cref="RecordMeetingAgreed"/>,
/// <see cref="RecordPricingAgreed"/>, <see cref="SetEmail"/>, <see cref="Convert"/>), so FsCheck can generate, shrink and print a
/// sequence of them: each prints as the call it makes, e.g. <c>MoveTo("Working")</c>. Apply them with a
/// <see cref="LeadRunner"/>; generate them with <see cref="LifecycleArbitraries.LeadSteps"/>.
/// </remarks>
public abstract partial record LeadStep
{
    private protected LeadStep()
    {
    }

    /// <summary>Applies the step through the runner's workflow or converter.</summary>
    internal abstract StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead);

    /// <summary>Simpler versions of this step, for shrinking: fewer optional arguments, earlier statuses.</summary>
    internal virtual IEnumerable<LeadStep> Simplify(IReadOnlyList<string> statuses) => [];

    /// <summary>Quotes a value as C# would write it.</summary>
    private protected static string Quote(string? value) => value is null ? "null" : "\"" + value + "\"";

    /// <summary>The statuses before <paramref name="status"/> in the process's order, earliest first.</summary>
    private protected static IEnumerable<string> Earlier(IReadOnlyList<string> statuses, string status)
    {
        foreach (var candidate in statuses)
        {
            if (candidate == status)
            {
                yield break;
            }

            yield return candidate;
        }
    }
}
