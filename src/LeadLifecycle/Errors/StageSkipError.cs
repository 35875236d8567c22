using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The sales process forbids skipping stages and the change would pass over open stages
/// (<see cref="ErrorCodes.StageSkip"/>).</summary>
public sealed class StageSkipError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="StageSkipError"/> class.</summary>
    /// <param name="fromStage">The stage the opportunity is in.</param>
    /// <param name="trigger">The attempted verb.</param>
    /// <param name="toStage">The stage asked for.</param>
    /// <param name="skippedStages">The open stages the change would pass over, in order.</param>
    /// <param name="permittedStages">The stages this verb may lead to from <paramref name="fromStage"/>; null when the
    /// caller does not list them.</param>
    public StageSkipError(string fromStage, OpportunityStageTrigger trigger, string toStage, IReadOnlyList<string> skippedStages, IReadOnlyList<string>? permittedStages = null)
        : base(ErrorCodes.StageSkip, $"{trigger} from '{fromStage}' to '{toStage}' would skip: {string.Join(", ", skippedStages)}; the sales process forbids skipping stages.{ErrorText.PermittedStages(permittedStages)}")
    {
        FromStage = fromStage;
        Trigger = trigger;
        ToStage = toStage;
        SkippedStages = skippedStages;
        PermittedStages = permittedStages ?? [];
        AddMetadata((nameof(FromStage), FromStage), (nameof(Trigger), Trigger), (nameof(ToStage), ToStage), (nameof(SkippedStages), SkippedStages), (nameof(PermittedStages), PermittedStages));
    }

    /// <summary>Gets the stage the opportunity is in.</summary>
    public string FromStage { get; }

    /// <summary>Gets the attempted verb.</summary>
    public OpportunityStageTrigger Trigger { get; }

    /// <summary>Gets the stage asked for.</summary>
    public string ToStage { get; }

    /// <summary>Gets the open stages the change would pass over, in order.</summary>
    public IReadOnlyList<string> SkippedStages { get; }

    /// <summary>Gets the stages the verb may lead to from <see cref="FromStage"/>; empty when none may or when the caller
    /// did not list them.</summary>
    public IReadOnlyList<string> PermittedStages { get; }
}
