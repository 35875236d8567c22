using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

#pragma warning disable CA1034 // The steps are a closed set: nesting them shows it, and reads as LeadStep.MoveTo.
public abstract partial record LeadStep
{
    /// <summary>Calls <see cref="LeadWorkflow.MarkContacted"/>.</summary>
    public sealed record MarkContacted : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => nameof(MarkContacted);

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.MarkContacted(lead), workflow.CanMarkContacted(lead));
    }

    /// <summary>Calls <see cref="LeadWorkflow.MoveTo"/>.</summary>
    /// <param name="Status">The status to move to.</param>
    public sealed record MoveTo(string Status) : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => $"{nameof(MoveTo)}({Quote(Status)})";

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.MoveTo(lead, Status), workflow.CanMoveTo(lead, Status));

        internal override IEnumerable<LeadStep> Simplify(IReadOnlyList<string> statuses) =>
            Earlier(statuses, Status).Select(s => new MoveTo(s));
    }

    /// <summary>Calls <see cref="LeadWorkflow.Disqualify"/>.</summary>
    /// <param name="Reason">The disqualification reason.</param>
    /// <param name="Status">The disqualified status; null for the process's only one.</param>
    public sealed record Disqualify(string Reason, string? Status = null) : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() =>
            Status is null ? $"{nameof(Disqualify)}({Quote(Reason)})" : $"{nameof(Disqualify)}({Quote(Reason)}, {Quote(Status)})";

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.Disqualify(lead, Reason, Status), workflow.CanDisqualify(lead, Reason, Status));

        internal override IEnumerable<LeadStep> Simplify(IReadOnlyList<string> statuses)
        {
            if (Status is not null)
            {
                yield return this with { Status = null };
            }

            if (Reason != "Lost")
            {
                yield return this with { Reason = "Lost" };
            }
        }
    }

    /// <summary>Calls <see cref="LeadWorkflow.Recycle"/>.</summary>
    /// <param name="Status">The open status to recycle to; null for the process's default.</param>
    public sealed record Recycle(string? Status = null) : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => Status is null ? nameof(Recycle) : $"{nameof(Recycle)}({Quote(Status)})";

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.Recycle(lead, Status), workflow.CanRecycle(lead, Status));

        internal override IEnumerable<LeadStep> Simplify(IReadOnlyList<string> statuses) =>
            Status is null ? [] : [new Recycle()];
    }
}
#pragma warning restore CA1034
