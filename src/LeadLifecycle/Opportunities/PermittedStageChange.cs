namespace LeadLifecycle.Opportunities;

/// <summary>A stage change that a sales process allows: a verb and the stage it leads to.</summary>
/// <param name="Trigger">The verb.</param>
/// <param name="ToStage">The stage the opportunity is in afterwards.</param>
public readonly record struct PermittedStageChange(OpportunityStageTrigger Trigger, string ToStage);
