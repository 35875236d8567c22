using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The verb cannot lead from the opportunity's stage to the stage asked for
/// (<see cref="ErrorCodes.StageChangeNotPermitted"/>), e.g. moving to a closed stage or closing a closed opportunity.</summary>
public sealed class StageChangeNotPermittedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="StageChangeNotPermittedError"/> class.</summary>
    /// <param name="fromStage">The stage the opportunity is in.</param>
    /// <param name="trigger">The attempted verb.</param>
    /// <param name="toStage">The stage asked for, if any.</param>
    /// <param name="reason">Why the change is impossible.</param>
    /// <param name="permittedStages">The stages this verb may lead to from <paramref name="fromStage"/>; null when the
    /// caller does not list them.</param>
    public StageChangeNotPermittedError(string fromStage, OpportunityStageTrigger trigger, string? toStage, string reason, IReadOnlyList<string>? permittedStages = null)
        : base(ErrorCodes.StageChangeNotPermitted, $"{trigger}{(toStage is null ? string.Empty : $" to '{toStage}'")} is not permitted from stage '{fromStage}': {reason}.{ErrorText.PermittedStages(permittedStages)}")
    {
        FromStage = fromStage;
        Trigger = trigger;
        ToStage = toStage;
        Reason = reason;
        PermittedStages = permittedStages ?? [];
        AddMetadata((nameof(FromStage), FromStage), (nameof(Trigger), Trigger), (nameof(ToStage), ToStage), (nameof(Reason), Reason), (nameof(PermittedStages), PermittedStages));
    }

    /// <summary>Gets the stage the opportunity is in.</summary>
    public string FromStage { get; }

    /// <summary>Gets the attempted verb.</summary>
    public OpportunityStageTrigger Trigger { get; }

    /// <summary>Gets the stage asked for, if any.</summary>
    public string? ToStage { get; }

    /// <summary>Gets why the change is impossible.</summary>
    public string Reason { get; }

    /// <summary>Gets the stages the verb may lead to from <see cref="FromStage"/>; empty when none may or when the caller
    /// did not list them.</summary>
    public IReadOnlyList<string> PermittedStages { get; }
}
