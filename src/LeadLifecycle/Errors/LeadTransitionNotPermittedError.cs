using System.Globalization;
using System.Text;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Errors;

/// <summary>The lead process does not allow this status change (<see cref="ErrorCodes.LeadTransitionNotPermitted"/>).</summary>
/// <remarks>The message says what is allowed instead: the transitions permitted from the lead's status when the caller
/// lists them, <c>LeadConverter.Convert</c> when a status change targets a converted status, and that recycling
/// starts from a closed status.</remarks>
public sealed class LeadTransitionNotPermittedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="LeadTransitionNotPermittedError"/> class.</summary>
    /// <param name="fromStatus">The status the lead is in.</param>
    /// <param name="trigger">The attempted trigger.</param>
    /// <param name="toStatus">The status asked for, if the trigger names one.</param>
    /// <param name="unmetGuards">The descriptions of the guards that were not met; empty when no transition exists.</param>
    /// <param name="allowedTransitions">The transitions permitted from <paramref name="fromStatus"/>, each as
    /// <c>Trigger -&gt; Status</c> (e.g. <c>MarkContacted -&gt; Working - Contacted</c>); null when the caller does not list them.</param>
    /// <param name="toConvertedStatus">Whether <paramref name="toStatus"/> is a converted status, which only conversion enters.</param>
    public LeadTransitionNotPermittedError(
        string fromStatus,
        LeadStatusTrigger trigger,
        string? toStatus,
        IReadOnlyList<string> unmetGuards,
        IReadOnlyList<string>? allowedTransitions = null,
        bool toConvertedStatus = false)
        : base(ErrorCodes.LeadTransitionNotPermitted, BuildMessage(fromStatus, trigger, toStatus, unmetGuards, allowedTransitions ?? [], toConvertedStatus))
    {
        FromStatus = fromStatus;
        Trigger = trigger;
        ToStatus = toStatus;
        UnmetGuards = unmetGuards;
        AllowedTransitions = allowedTransitions ?? [];
        ToConvertedStatus = toConvertedStatus;
        AddMetadata(
            (nameof(FromStatus), FromStatus),
            (nameof(Trigger), Trigger),
            (nameof(ToStatus), ToStatus),
            (nameof(UnmetGuards), UnmetGuards),
            (nameof(AllowedTransitions), AllowedTransitions),
            (nameof(ToConvertedStatus), ToConvertedStatus));
    }

    /// <summary>Gets the status the lead is in.</summary>
    public string FromStatus { get; }

    /// <summary>Gets the attempted trigger.</summary>
    public LeadStatusTrigger Trigger { get; }

    /// <summary>Gets the status asked for, if the trigger names one.</summary>
    public string? ToStatus { get; }

    /// <summary>Gets the descriptions of the guards that were not met; empty when the process has no such transition.</summary>
    public IReadOnlyList<string> UnmetGuards { get; }

    /// <summary>Gets the transitions permitted from <see cref="FromStatus"/>, each as <c>Trigger -&gt; Status</c>;
    /// empty when none is or when the caller did not list them.</summary>
    public IReadOnlyList<string> AllowedTransitions { get; }

    /// <summary>Gets a value indicating whether <see cref="ToStatus"/> is a converted status, which only
    /// <c>LeadConverter.Convert</c> enters.</summary>
    public bool ToConvertedStatus { get; }

    private static string BuildMessage(
        string from, LeadStatusTrigger trigger, string? to, IReadOnlyList<string> unmet, IReadOnlyList<string> allowed, bool toConverted)
    {
        var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{trigger}{(to is null ? string.Empty : $" to '{to}'")} is not permitted from status '{from}'");
        message.Append(unmet.Count == 0 ? "." : string.Create(CultureInfo.InvariantCulture, $": unmet guards: {string.Join("; ", unmet)}."));
        if (toConverted && trigger != LeadStatusTrigger.Convert)
        {
            message.Append(CultureInfo.InvariantCulture, $" '{to}' is a converted status: only conversion enters it; call LeadConverter.Convert.");
        }
        else if (trigger == LeadStatusTrigger.Recycle && unmet.Count == 0)
        {
            message.Append(" Recycling starts from a closed status that is not converted (a disqualified lead).");
        }

        if (allowed.Count > 0)
        {
            message.Append(CultureInfo.InvariantCulture, $" Allowed from '{from}': {string.Join(", ", allowed)}.");
        }

        return message.ToString();
    }
}
