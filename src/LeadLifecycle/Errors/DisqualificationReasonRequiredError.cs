namespace LeadLifecycle.Errors;

/// <summary>Disqualifying a lead needs a reason (<see cref="ErrorCodes.DisqualificationReasonRequired"/>).</summary>
public sealed class DisqualificationReasonRequiredError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="DisqualificationReasonRequiredError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    public DisqualificationReasonRequiredError(LeadId leadId)
        : base(ErrorCodes.DisqualificationReasonRequired, $"Lead {leadId} cannot be disqualified without a reason: give one, e.g. a DisqualificationReasons value (Lost, Cannot Contact, No Longer Interested, Canceled).")
    {
        LeadId = leadId;
        AddMetadata((nameof(LeadId), LeadId));
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }
}
