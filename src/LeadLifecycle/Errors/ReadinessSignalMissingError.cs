using LeadLifecycle.Conversion;

namespace LeadLifecycle.Errors;

/// <summary>The readiness policy needs a signal the lead has not given (<see cref="ErrorCodes.ReadinessSignalMissing"/>).</summary>
public sealed class ReadinessSignalMissingError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ReadinessSignalMissingError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    /// <param name="missingSignal">The signal the policy needs.</param>
    public ReadinessSignalMissingError(LeadId leadId, ConversionReadiness missingSignal)
        : base(ErrorCodes.ReadinessSignalMissing, $"Lead {leadId} is not ready to convert: the readiness policy needs the signal {missingSignal}; record it with LeadWorkflow.{RecordingVerb(missingSignal)}.")
    {
        LeadId = leadId;
        MissingSignal = missingSignal;
        AddMetadata((nameof(LeadId), LeadId), (nameof(MissingSignal), MissingSignal));
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the signal the policy needs and the lead has not given.</summary>
    public ConversionReadiness MissingSignal { get; }

    /// <summary>The <see cref="Leads.LeadWorkflow"/> verb that records a signal.</summary>
    private static string RecordingVerb(ConversionReadiness signal) => signal switch
    {
        ConversionReadiness.InterestShown => nameof(Leads.LeadWorkflow.RecordInterestShown),
        ConversionReadiness.MeetingAgreed => nameof(Leads.LeadWorkflow.RecordMeetingAgreed),
        ConversionReadiness.PricingAgreed => nameof(Leads.LeadWorkflow.RecordPricingAgreed),
        _ => "RecordInterestShown, RecordMeetingAgreed or RecordPricingAgreed",
    };
}
