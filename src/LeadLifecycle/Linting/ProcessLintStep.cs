namespace LeadLifecycle.Linting;

/// <summary>One move of a lint finding's path: from a status or stage, by a verb, to another.</summary>
/// <remarks>The verb is the name of a <see cref="Leads.LeadStatusTrigger"/> member for a lead process and of an
/// <see cref="Opportunities.OpportunityStageTrigger"/> member for a sales process, e.g. <c>MoveTo</c> or
/// <c>Convert</c>, so a host can show it or parse it back.</remarks>
/// <param name="From">The status or stage the move starts from.</param>
/// <param name="Trigger">The verb, as the name of its trigger.</param>
/// <param name="To">The status or stage the move leads to.</param>
public sealed record ProcessLintStep(string From, string Trigger, string To)
{
    /// <summary>Returns the move as <c>From --Trigger--&gt; To</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{From} --{Trigger}--> {To}";
}
