using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The sales process is forward-only and the change would move the opportunity back
/// (<see cref="ErrorCodes.BackwardStageMove"/>).</summary>
public sealed class BackwardStageMoveError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="BackwardStageMoveError"/> class.</summary>
    /// <param name="fromStage">The stage the opportunity is in.</param>
    /// <param name="trigger">The attempted verb.</param>
    /// <param name="toStage">The earlier stage asked for.</param>
    /// <param name="permittedStages">The stages this verb may lead to from <paramref name="fromStage"/>; null when the
    /// caller does not list them.</param>
    public BackwardStageMoveError(string fromStage, OpportunityStageTrigger trigger, string toStage, IReadOnlyList<string>? permittedStages = null)
        : base(ErrorCodes.BackwardStageMove, $"{trigger} from '{fromStage}' back to '{toStage}' is forbidden: the sales process only moves forward.{ErrorText.PermittedStages(permittedStages)}")
    {
        FromStage = fromStage;
        Trigger = trigger;
        ToStage = toStage;
        PermittedStages = permittedStages ?? [];
        AddMetadata((nameof(FromStage), FromStage), (nameof(Trigger), Trigger), (nameof(ToStage), ToStage), (nameof(PermittedStages), PermittedStages));
    }

    /// <summary>Gets the stage the opportunity is in.</summary>
    public string FromStage { get; }

    /// <summary>Gets the attempted verb.</summary>
    public OpportunityStageTrigger Trigger { get; }

    /// <summary>Gets the earlier stage asked for.</summary>
    public string ToStage { get; }

    /// <summary>Gets the stages the verb may lead to from <see cref="FromStage"/>; empty when none may or when the caller
    /// did not list them.</summary>
    public IReadOnlyList<string> PermittedStages { get; }
}
