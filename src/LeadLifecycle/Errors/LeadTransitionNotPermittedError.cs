using LeadLifecycle.Leads;

namespace LeadLifecycle.Errors;

/// <summary>The lead process does not allow this status change (<see cref="ErrorCodes.LeadTransitionNotPermitted"/>).</summary>
public sealed class LeadTransitionNotPermittedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="LeadTransitionNotPermittedError"/> class.</summary>
    /// <param name="fromStatus">The status the lead is in.</param>
    /// <param name="trigger">The attempted trigger.</param>
    /// <param name="toStatus">The status asked for, if the trigger names one.</param>
    /// <param name="unmetGuards">The descriptions of the guards that were not met; empty when no transition exists.</param>
    public LeadTransitionNotPermittedError(string fromStatus, LeadStatusTrigger trigger, string? toStatus, IReadOnlyList<string> unmetGuards)
        : base(ErrorCodes.LeadTransitionNotPermitted, BuildMessage(fromStatus, trigger, toStatus, unmetGuards))
    {
        FromStatus = fromStatus;
        Trigger = trigger;
        ToStatus = toStatus;
        UnmetGuards = unmetGuards;
    }

    /// <summary>Gets the status the lead is in.</summary>
    public string FromStatus { get; }

    /// <summary>Gets the attempted trigger.</summary>
    public LeadStatusTrigger Trigger { get; }

    /// <summary>Gets the status asked for, if the trigger names one.</summary>
    public string? ToStatus { get; }

    /// <summary>Gets the descriptions of the guards that were not met; empty when the process has no such transition.</summary>
    public IReadOnlyList<string> UnmetGuards { get; }

    private static string BuildMessage(string from, LeadStatusTrigger trigger, string? to, IReadOnlyList<string> unmet)
    {
        var target = to is null ? string.Empty : $" to '{to}'";
        return unmet.Count == 0
            ? $"{trigger}{target} is not permitted from status '{from}'."
            : $"{trigger}{target} is not permitted from status '{from}': unmet guards: {string.Join("; ", unmet)}.";
    }
}
