using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

#pragma warning disable CA1034 // The steps are a closed set: nesting them shows it, and reads as LeadStep.RecordInterestShown.
public abstract partial record LeadStep
{
    /// <summary>Calls <see cref="LeadWorkflow.RecordInterestShown"/>: a qualification signal (no status change).</summary>
    public sealed record RecordInterestShown : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => nameof(RecordInterestShown);

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.RecordInterestShown(lead), workflow.CanRecordInterestShown(lead));
    }

    /// <summary>Calls <see cref="LeadWorkflow.RecordMeetingAgreed"/>: a qualification signal (no status change).</summary>
    public sealed record RecordMeetingAgreed : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => nameof(RecordMeetingAgreed);

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.RecordMeetingAgreed(lead), workflow.CanRecordMeetingAgreed(lead));
    }

    /// <summary>Calls <see cref="LeadWorkflow.RecordPricingAgreed"/>: a qualification signal (no status change).</summary>
    public sealed record RecordPricingAgreed : LeadStep
    {
        /// <inheritdoc />
        public override string ToString() => nameof(RecordPricingAgreed);

        internal override StepOutcome<Lead> Apply(LeadWorkflow workflow, LeadConverter? converter, Lead lead) =>
            StepOutcome<Lead>.Of(lead, workflow.RecordPricingAgreed(lead), workflow.CanRecordPricingAgreed(lead));
    }
}
#pragma warning restore CA1034
