using LeadLifecycle.Leads;

namespace LeadLifecycle.Errors;

/// <summary>A status change targets a converted status, or fires <see cref="LeadStatusTrigger.Convert"/>: only lead
/// conversion converts a lead (<see cref="ErrorCodes.LeadConversionRequired"/>).</summary>
/// <remarks>Salesforce has no status code for this: its Status picklist does not offer converted values outside the
/// Convert Lead action.</remarks>
public sealed class ConversionRequiredError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="ConversionRequiredError"/> class.</summary>
    /// <param name="fromStatus">The status the lead is in.</param>
    /// <param name="trigger">The attempted trigger.</param>
    /// <param name="toStatus">The status asked for.</param>
    public ConversionRequiredError(string fromStatus, LeadStatusTrigger trigger, string? toStatus)
        : base(ErrorCodes.LeadConversionRequired, BuildMessage(trigger, toStatus))
    {
        FromStatus = fromStatus;
        Trigger = trigger;
        ToStatus = toStatus;
        AddMetadata(
            (nameof(FromStatus), FromStatus),
            (nameof(Trigger), Trigger),
            (nameof(ToStatus), ToStatus));
    }

    /// <summary>Gets the status the lead is in.</summary>
    public string FromStatus { get; }

    /// <summary>Gets the attempted trigger.</summary>
    public LeadStatusTrigger Trigger { get; }

    /// <summary>Gets the status asked for.</summary>
    public string? ToStatus { get; }

    private static string BuildMessage(LeadStatusTrigger trigger, string? to) => trigger == LeadStatusTrigger.Convert
        ? "Only lead conversion fires Convert: call LeadConverter.Convert(lead, request) with a converted status."
        : $"'{to}' is a converted status, which only lead conversion enters: call LeadConverter.Convert(lead, request) with ConvertedStatus '{to}' instead of {trigger}.";
}
