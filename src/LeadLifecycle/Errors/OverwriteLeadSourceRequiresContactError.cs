namespace LeadLifecycle.Errors;

/// <summary>A conversion asks to overwrite the lead source without an existing contact (<see cref="ErrorCodes.OverwriteLeadSourceRequiresContact"/>).</summary>
public sealed class OverwriteLeadSourceRequiresContactError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OverwriteLeadSourceRequiresContactError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    public OverwriteLeadSourceRequiresContactError(LeadId leadId)
        : base(ErrorCodes.OverwriteLeadSourceRequiresContact, $"Overwriting the lead source of lead {leadId} needs an existing contact.")
    {
        LeadId = leadId;
        AddMetadata((nameof(LeadId), LeadId));
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }
}
