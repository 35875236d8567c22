using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The verb cannot lead from the opportunity's stage to the stage asked for, whatever the policy
/// (<see cref="ErrorCodes.StageTransitionNotPermitted"/>), e.g. moving to a closed stage or closing a closed
/// opportunity. The message and <see cref="PermittedTransitions"/> name what is permitted instead.</summary>
public sealed class StageTransitionNotPermittedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="StageTransitionNotPermittedError"/> class.</summary>
    /// <param name="fromStage">The stage the opportunity is in.</param>
    /// <param name="trigger">The attempted verb.</param>
    /// <param name="toStage">The stage asked for, if any.</param>
    /// <param name="reason">Why the transition is impossible.</param>
    /// <param name="permittedTransitions">The transitions the process permits from the stage.</param>
    public StageTransitionNotPermittedError(
        string fromStage, OpportunityStageTrigger trigger, string? toStage, string reason, IReadOnlyList<PermittedStageTransition> permittedTransitions)
        : base(ErrorCodes.StageTransitionNotPermitted, Describe(fromStage, trigger, toStage, reason, permittedTransitions))
    {
        FromStage = fromStage;
        Trigger = trigger;
        ToStage = toStage;
        Reason = reason;
        PermittedTransitions = permittedTransitions;
        AddMetadata(
            (nameof(FromStage), FromStage), (nameof(Trigger), Trigger), (nameof(ToStage), ToStage), (nameof(Reason), Reason),
            (nameof(PermittedTransitions), PermittedTransitions));
    }

    /// <summary>Gets the stage the opportunity is in.</summary>
    public string FromStage { get; }

    /// <summary>Gets the attempted verb.</summary>
    public OpportunityStageTrigger Trigger { get; }

    /// <summary>Gets the stage asked for, if any.</summary>
    public string? ToStage { get; }

    /// <summary>Gets why the transition is impossible.</summary>
    public string Reason { get; }

    /// <summary>Gets the transitions the sales process and its policy permit from <see cref="FromStage"/>, required
    /// fields aside; in <c>Metadata</c> as text such as <c>MoveTo 'Qualification'</c>.</summary>
    public IReadOnlyList<PermittedStageTransition> PermittedTransitions { get; }

    private static string Describe(string fromStage, OpportunityStageTrigger trigger, string? toStage, string reason, IReadOnlyList<PermittedStageTransition> permitted)
    {
        var asked = $"{trigger}{(toStage is null ? string.Empty : $" to '{toStage}'")} is not permitted from stage '{fromStage}': {reason}.";
        return permitted.Count == 0
            ? asked + " No transition is permitted from there."
            : asked + " Permitted from there: " + string.Join(", ", permitted) + ".";
    }
}
