using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

#pragma warning disable CA1034 // The steps are a closed set: nesting them shows it, and reads as OpportunityStep.MoveTo.
public abstract partial record OpportunityStep
{
    /// <summary>Calls <see cref="OpportunityWorkflow.MoveTo"/>.</summary>
    /// <param name="Stage">The open stage to move to.</param>
    public sealed record MoveTo(string Stage) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() => $"{nameof(MoveTo)}({Quote(Stage)})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.MoveTo(opportunity, Stage), workflow.CanMoveTo(opportunity, Stage));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages) =>
            Earlier(stages, Stage).Select(s => new MoveTo(s));
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.Advance"/>.</summary>
    public sealed record Advance : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() => nameof(Advance);

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.Advance(opportunity), workflow.CanAdvance(opportunity));
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.CloseAsWon"/>.</summary>
    /// <param name="Stage">The won stage; null for the process's only active one.</param>
    public sealed record CloseAsWon(string? Stage = null) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() => Stage is null ? nameof(CloseAsWon) : $"{nameof(CloseAsWon)}({Quote(Stage)})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.CloseAsWon(opportunity, Stage), workflow.CanCloseAsWon(opportunity, Stage));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages) =>
            Stage is null ? [] : [new CloseAsWon()];
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.CloseAsLost"/>.</summary>
    /// <param name="Loss">The loss reason and competitor; null for none.</param>
    /// <param name="Stage">The lost stage; null for the process's only active one.</param>
    public sealed record CloseAsLost(LossDetails? Loss = null, string? Stage = null) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() =>
            (Loss, Stage) switch
            {
                (null, null) => nameof(CloseAsLost),
                (null, _) => $"{nameof(CloseAsLost)}(Stage = {Quote(Stage)})",
                (_, null) => $"{nameof(CloseAsLost)}({Text(Loss)})",
                _ => $"{nameof(CloseAsLost)}({Text(Loss)}, Stage = {Quote(Stage)})",
            };

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.CloseAsLost(opportunity, Loss, Stage), workflow.CanCloseAsLost(opportunity, Loss, Stage));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages)
        {
            if (Stage is not null)
            {
                yield return this with { Stage = null };
            }

            if (Loss is { Competitor: not null })
            {
                yield return this with { Loss = Loss with { Competitor = null } };
            }
        }
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.Reopen"/>.</summary>
    /// <param name="Stage">The open stage to reopen in; null for the process's default.</param>
    public sealed record Reopen(string? Stage = null) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() => Stage is null ? nameof(Reopen) : $"{nameof(Reopen)}({Quote(Stage)})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.Reopen(opportunity, Stage), workflow.CanReopen(opportunity, Stage));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages) =>
            Stage is null ? [] : [new Reopen()];
    }

    /// <summary>Calls <see cref="OpportunityWorkflow.ChangeStage"/>, the verb that takes any stage.</summary>
    /// <param name="Stage">The stage.</param>
    /// <param name="Loss">The loss details, for a lost stage; null for none.</param>
    public sealed record ChangeStage(string Stage, LossDetails? Loss = null) : OpportunityStep
    {
        /// <inheritdoc />
        public override string ToString() =>
            Loss is null ? $"{nameof(ChangeStage)}({Quote(Stage)})" : $"{nameof(ChangeStage)}({Quote(Stage)}, {Text(Loss)})";

        internal override StepOutcome<Opportunity> Apply(OpportunityWorkflow workflow, Opportunity opportunity) =>
            StepOutcome<Opportunity>.Of(opportunity, workflow.ChangeStage(opportunity, Stage, Loss), workflow.CanChangeStage(opportunity, Stage, Loss));

        internal override IEnumerable<OpportunityStep> Simplify(IReadOnlyList<string> stages) =>
            (Loss is null ? [] : new[] { this with { Loss = null } }).Concat(Earlier(stages, Stage).Select(s => new ChangeStage(s, Loss)));
    }
}
#pragma warning restore CA1034
