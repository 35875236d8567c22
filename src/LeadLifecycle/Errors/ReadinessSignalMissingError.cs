using LeadLifecycle.Conversion;

namespace LeadLifecycle.Errors;

/// <summary>The readiness policy needs a signal the lead has not given (<see cref="ErrorCodes.ReadinessSignalMissing"/>).</summary>
public sealed class ReadinessSignalMissingError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ReadinessSignalMissingError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    /// <param name="missingSignal">The signal the policy needs.</param>
    public ReadinessSignalMissingError(LeadId leadId, ConversionReadiness missingSignal)
        : base(ErrorCodes.ReadinessSignalMissing, $"Lead {leadId} is not ready to convert: the readiness policy needs the signal {missingSignal}.")
    {
        LeadId = leadId;
        MissingSignal = missingSignal;
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the signal the policy needs and the lead has not given.</summary>
    public ConversionReadiness MissingSignal { get; }
}
