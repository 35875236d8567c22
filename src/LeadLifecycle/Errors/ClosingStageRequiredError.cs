using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The caller named no stage to close in, and the sales process has several such stages, or none
/// (<see cref="ErrorCodes.ClosingStageRequired"/>).</summary>
public sealed class ClosingStageRequiredError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ClosingStageRequiredError"/> class.</summary>
    /// <param name="trigger">The verb: close as won or close as lost.</param>
    /// <param name="candidates">The stages to choose from.</param>
    public ClosingStageRequiredError(OpportunityStageTrigger trigger, IReadOnlyList<string> candidates)
        : base(ErrorCodes.ClosingStageRequired, candidates.Count == 0
            ? $"{trigger}: the sales process has no active stage to close in."
            : $"{trigger} needs a stage: one of {string.Join(", ", candidates)}.")
    {
        Trigger = trigger;
        Candidates = candidates;
        AddMetadata((nameof(Trigger), Trigger), (nameof(Candidates), Candidates));
    }

    /// <summary>Gets the verb.</summary>
    public OpportunityStageTrigger Trigger { get; }

    /// <summary>Gets the stages to choose from; empty when the process has none.</summary>
    public IReadOnlyList<string> Candidates { get; }
}
