using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Opportunities;

/// <content>The stage verbs and their checks.</content>
/// <remarks>Every stage verb can also return, before anything else: <see cref="UnknownOpportunityStageError"/> when the
/// opportunity's stage (or the stage asked for) is not in the process, and <see cref="RequiredFieldMissingError"/>,
/// <see cref="InvalidFieldValueError"/> or <see cref="StringTooLongError"/> for an inconsistent input record.</remarks>
public sealed partial class OpportunityWorkflow
{
    /// <summary>Tells whether <see cref="MoveTo"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The open stage asked for.</param>
    /// <returns>True exactly when <see cref="MoveTo"/> would succeed. Allocates nothing.</returns>
    public bool CanMoveTo(Opportunity opportunity, string stage) =>
        IsPermitted(opportunity, OpportunityStageTrigger.MoveTo, IndexOfTarget(stage), loss: null);

    /// <summary>Moves an open opportunity to another open stage that the process and its policy allow.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The open stage asked for.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityStageChanged"/>, or why it was refused:
    /// <see cref="StageTransitionNotPermittedError"/> (into or from a closed stage, the same stage, an inactive stage),
    /// <see cref="BackwardStageMoveError"/>, <see cref="StageSkipError"/>, <see cref="StageRequiredFieldsMissingError"/>.</returns>
    public Result<OpportunityChange> MoveTo(Opportunity opportunity, string stage) =>
        Transition(opportunity, OpportunityStageTrigger.MoveTo, IndexOfTarget(stage), stage, loss: null);

    /// <summary>Tells whether <see cref="Advance"/> would succeed.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>True exactly when <see cref="Advance"/> would succeed. Allocates nothing.</returns>
    public bool CanAdvance(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return IsPermitted(opportunity, OpportunityStageTrigger.Advance, Process.AdvanceTarget(Process.IndexOf(opportunity.Stage)), loss: null);
    }

    /// <summary>Advances an open opportunity to the next active open stage of the process.</summary>
    /// <remarks>From the last open stage there is no next one: close the opportunity as won or lost instead.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityStageChanged"/>, or why it was refused:
    /// <see cref="StageTransitionNotPermittedError"/> (closed, or no later open stage),
    /// <see cref="StageRequiredFieldsMissingError"/>, <see cref="BackwardStageMoveError"/> never (advancing moves forward).</returns>
    public Result<OpportunityChange> Advance(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return Transition(opportunity, OpportunityStageTrigger.Advance, Process.AdvanceTarget(Process.IndexOf(opportunity.Stage)), toName: null, loss: null);
    }

    /// <summary>Tells whether <see cref="CloseAsWon"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The won stage; null when the process has only one.</param>
    /// <returns>True exactly when <see cref="CloseAsWon"/> would succeed. Allocates nothing.</returns>
    public bool CanCloseAsWon(Opportunity opportunity, string? stage = null) =>
        IsPermitted(opportunity, OpportunityStageTrigger.CloseAsWon, stage is null ? _onlyWonStage : Process.IndexOf(stage), loss: null);

    /// <summary>Closes an open opportunity as won, in a won stage.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The won stage; required when the process has several, else null for the only one.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityWon"/>, or why it was refused:
    /// <see cref="ClosingStageRequiredError"/>, <see cref="StageTransitionNotPermittedError"/> (already closed, not a
    /// won stage), <see cref="StageSkipError"/>, <see cref="StageRequiredFieldsMissingError"/>.</returns>
    public Result<OpportunityChange> CloseAsWon(Opportunity opportunity, string? stage = null) =>
        Close(opportunity, OpportunityStageTrigger.CloseAsWon, stage, loss: null);

    /// <summary>Tells whether <see cref="CloseAsLost"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="loss">Why and to whom it would be lost.</param>
    /// <param name="stage">The lost stage; null when the process has only one.</param>
    /// <returns>True exactly when <see cref="CloseAsLost"/> would succeed. Allocates nothing.</returns>
    public bool CanCloseAsLost(Opportunity opportunity, LossDetails? loss = null, string? stage = null) =>
        IsPermitted(opportunity, OpportunityStageTrigger.CloseAsLost, stage is null ? _onlyLostStage : Process.IndexOf(stage), loss);

    /// <summary>Closes an open opportunity as lost, in a closed stage that is not won, with the loss details.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="loss">Why and to whom it was lost; the reason is required when the policy says so
    /// (<see cref="SalesProcessPolicy.RequireLossReason"/>).</param>
    /// <param name="stage">The lost stage; required when the process has several, else null for the only one.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityLost"/>, or why it was refused:
    /// <see cref="ClosingStageRequiredError"/>, <see cref="StageTransitionNotPermittedError"/> (already closed, not a
    /// lost stage), <see cref="LossReasonRequiredError"/>, <see cref="StringTooLongError"/>.</returns>
    public Result<OpportunityChange> CloseAsLost(Opportunity opportunity, LossDetails? loss = null, string? stage = null) =>
        Close(opportunity, OpportunityStageTrigger.CloseAsLost, stage, loss);

    /// <summary>Tells whether <see cref="Reopen"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The open stage to return to; null for the one <see cref="Reopen"/> would choose.</param>
    /// <returns>True exactly when <see cref="Reopen"/> would succeed. Allocates nothing.</returns>
    public bool CanReopen(Opportunity opportunity, string? stage = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        return IsPermitted(opportunity, OpportunityStageTrigger.Reopen, stage is null ? ReopenTarget(opportunity) : Process.IndexOf(stage), loss: null);
    }

    /// <summary>Reopens a closed opportunity to an open stage, clearing its loss reason and competitor.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The open stage; null for the last open stage in its history, or the default stage.</param>
    /// <returns>The changed opportunity and an <see cref="OpportunityReopened"/>, or why it was refused:
    /// <see cref="StageTransitionNotPermittedError"/> (not closed, not an open stage),
    /// <see cref="ClosedOpportunityLockedError"/>, <see cref="BackwardStageMoveError"/>,
    /// <see cref="StageRequiredFieldsMissingError"/>.</returns>
    public Result<OpportunityChange> Reopen(Opportunity opportunity, string? stage = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var to = stage is null ? ReopenTarget(opportunity) : Process.IndexOf(stage);
        return Transition(opportunity, OpportunityStageTrigger.Reopen, to, stage, loss: null);
    }

    /// <summary>Tells whether <see cref="ChangeStage"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <param name="loss">The loss details, when the stage is lost.</param>
    /// <returns>True exactly when <see cref="ChangeStage"/> would succeed. Allocates nothing.</returns>
    public bool CanChangeStage(Opportunity opportunity, string stage, LossDetails? loss = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var to = IndexOfTarget(stage);
        return IsPermitted(opportunity, TriggerForStageChange(opportunity, to), to, loss);
    }

    /// <summary>Sets the stage as setting Salesforce's StageName does: any active stage to any other, closed to closed
    /// included (Closed Lost to Closed Won), with probability, forecast category, closed and won from the new stage.</summary>
    /// <remarks>The trigger follows from the two stages' flags: open to open <see cref="OpportunityStageTrigger.MoveTo"/>,
    /// open to won <see cref="OpportunityStageTrigger.CloseAsWon"/>, open to lost
    /// <see cref="OpportunityStageTrigger.CloseAsLost"/>, closed to open <see cref="OpportunityStageTrigger.Reopen"/>,
    /// closed to closed <see cref="OpportunityStageTrigger.ChangeClosedStage"/>. The policy applies as for that trigger,
    /// as an org's validation rules would (locked closed, forward-only, no skipping, loss reason). Moving between two
    /// lost stages keeps the loss details unless new ones are given.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <param name="loss">The loss details, when the stage is lost; refused for any other stage.</param>
    /// <returns>The changed opportunity and its event (<see cref="OpportunityStageChanged"/>, <see cref="OpportunityWon"/>,
    /// <see cref="OpportunityLost"/> or <see cref="OpportunityReopened"/>), or why it was refused:
    /// <see cref="StageTransitionNotPermittedError"/> (the same or an inactive stage), <see cref="ClosedOpportunityLockedError"/>,
    /// <see cref="BackwardStageMoveError"/>, <see cref="StageSkipError"/>, <see cref="StageRequiredFieldsMissingError"/>,
    /// <see cref="LossReasonRequiredError"/>, <see cref="StringTooLongError"/>.</returns>
    public Result<OpportunityChange> ChangeStage(Opportunity opportunity, string stage, LossDetails? loss = null)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var to = IndexOfTarget(stage);
        return Transition(opportunity, TriggerForStageChange(opportunity, to), to, stage, loss);
    }

    /// <summary>Tells whether <see cref="Fire"/> would succeed with these arguments.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <param name="loss">The loss details, for a transition into a lost stage.</param>
    /// <returns>True exactly when <see cref="Fire"/> would succeed. Allocates nothing.</returns>
    public bool CanFire(Opportunity opportunity, OpportunityStageTrigger trigger, string stage, LossDetails? loss = null) =>
        IsPermitted(opportunity, trigger, IndexOfTarget(stage), loss);

    /// <summary>Applies a trigger given as data to a named stage: for hosts that dispatch on
    /// <see cref="OpportunityStageTrigger"/> (a command bus, a replayed log); the named verbs are the same transitions.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="stage">The stage asked for.</param>
    /// <param name="loss">The loss details, for a transition into a lost stage; refused for any other.</param>
    /// <returns>The changed opportunity and its event, or why it was refused (the errors of the named verb).</returns>
    public Result<OpportunityChange> Fire(Opportunity opportunity, OpportunityStageTrigger trigger, string stage, LossDetails? loss = null) =>
        Transition(opportunity, trigger, IndexOfTarget(stage), stage, loss);

    /// <summary>Lists the stage transitions an opportunity can take now, required fields included, by trigger, then in
    /// stage order.</summary>
    /// <remarks>Evaluated from the sales process's transition rules; a transition into a lost stage may still need a loss reason.</remarks>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The transitions; empty for a stage outside the process or an inconsistent record.</returns>
    public IReadOnlyList<PermittedStageTransition> GetPermittedStageTransitions(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var from = Process.IndexOf(opportunity.Stage);
        return from >= 0 && OpportunityValidation.IsValid(opportunity, Process.StageAt(from)) ? Process.PermittedFrom(from, opportunity) : [];
    }
}
