namespace LeadLifecycle.Opportunities;

/// <summary>A stage transition that a sales process allows: a verb and the stage it leads to.</summary>
/// <param name="Trigger">The verb.</param>
/// <param name="ToStage">The stage the opportunity is in afterwards.</param>
public readonly record struct PermittedStageTransition(OpportunityStageTrigger Trigger, string ToStage)
{
    /// <summary>Describes the transition as "verb to stage", e.g. <c>MoveTo 'Qualification'</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Trigger} '{ToStage}'";
}
