using LeadLifecycle.Leads;

namespace LeadLifecycle.Errors;

/// <summary>A replayed <see cref="LeadStatusTrigger.Convert"/> event does not carry the conversion's records
/// (<see cref="ErrorCodes.ConversionEventIncomplete"/>).</summary>
/// <remarks>Only lead conversion produces a complete Convert event (<see cref="LeadStatusChanged.Conversion"/> set,
/// with the account and contact ids), so no replayed history can make a lead converted without its records.</remarks>
public sealed class ConversionEventIncompleteError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ConversionEventIncompleteError"/> class.</summary>
    /// <param name="index">The zero-based position of the event in the replayed sequence.</param>
    /// <param name="leadId">The lead.</param>
    public ConversionEventIncompleteError(int index, LeadId leadId)
        : base(ErrorCodes.ConversionEventIncomplete, $"Event {index} converts lead '{leadId}' without the conversion's account, contact and date: replay the Convert event that LeadConverter.Convert returned (LeadConversion.StatusChanged).")
    {
        Index = index;
        LeadId = leadId;
        AddMetadata(
            (nameof(Index), Index),
            (nameof(LeadId), LeadId));
    }

    /// <summary>Gets the zero-based position of the event in the replayed sequence.</summary>
    public int Index { get; }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }
}
