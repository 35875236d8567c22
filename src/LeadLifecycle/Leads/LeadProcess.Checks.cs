using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <content>
/// The one owner of "may this lead take this transition, and if not, why", and of what the transition does to the
/// lead. <see cref="LeadWorkflow"/> asks for status changes, <c>LeadConverter</c> for conversion, and replay for
/// recorded events; nothing else decides it.
/// </content>
public sealed partial class LeadProcess
{
    /// <summary>Whether a status verb would succeed; allocation-free. Convert and converted targets are refused:
    /// only conversion converts.</summary>
    internal bool AllowsStatusChange(Lead lead, LeadStatusTrigger trigger, int to) =>
        !lead.IsConverted
        && trigger != LeadStatusTrigger.Convert
        && (uint)to < (uint)_statuses.Length
        && !_statuses[to].IsConverted
        && Allows(lead, IndexOf(lead.Status), trigger, to);

    /// <summary>Whether conversion may put the lead in a converted status, guards included; allocation-free.</summary>
    internal bool AllowsConversion(Lead lead, int to) =>
        !lead.IsConverted && (uint)to < (uint)_statuses.Length && _statuses[to].IsConverted
        && Allows(lead, IndexOf(lead.Status), LeadStatusTrigger.Convert, to);

    /// <summary>Why a status verb is refused, or null when it is permitted.</summary>
    internal List<IError>? StatusChangeRefusal(Lead lead, LeadStatusTrigger trigger, int to, string? toName)
    {
        if (lead.IsConverted)
        {
            return [AlreadyConverted(lead)];
        }

        var errors = UnknownStatuses(lead, to, toName);
        if (trigger == LeadStatusTrigger.Convert || (to >= 0 && _statuses[to].IsConverted))
        {
            errors.Add(new ConversionRequiredError(lead.Status, trigger, toName));
        }

        return errors.Count > 0 ? errors : TransitionRefusal(lead, trigger, to, toName, evaluateGuards: true);
    }

    /// <summary>Why lead conversion may not put the lead in a converted status, or null when it may; a null or blank
    /// status reports only the lead's own status problems (the converter reports the missing request field).</summary>
    internal List<IError>? ConversionRefusal(Lead lead, string? convertedStatus)
    {
        if (lead.IsConverted)
        {
            return [AlreadyConverted(lead)];
        }

        var blank = string.IsNullOrWhiteSpace(convertedStatus);
        var to = blank ? -1 : IndexOf(convertedStatus!);
        var errors = UnknownStatuses(lead, to, blank ? null : convertedStatus);
        if (to >= 0 && !_statuses[to].IsConverted)
        {
            errors.Add(new RequestedStatusNotConvertedError(convertedStatus!, Name));
        }

        if (errors.Count > 0 || blank)
        {
            return errors.Count > 0 ? errors : null;
        }

        return TransitionRefusal(lead, LeadStatusTrigger.Convert, to, convertedStatus, evaluateGuards: true);
    }

    /// <summary>Why a recorded event cannot be replayed onto the lead, or null when it can. Guards are not evaluated
    /// again (they held when the event happened); the policy and the transitions are.</summary>
    internal List<IError>? ReplayRefusal(Lead lead, LeadStatusChanged @event, int index)
    {
        if (lead.IsConverted)
        {
            return [AlreadyConverted(lead)];
        }

        if (@event.LeadId != lead.Id)
        {
            return [new EventForAnotherLeadError(index, lead.Id, @event.LeadId)];
        }

        if (!string.Equals(@event.FromStatus, lead.Status, StringComparison.Ordinal))
        {
            return [new EventOutOfSequenceError(index, lead.Status, @event.FromStatus)];
        }

        var to = @event.ToStatus is null ? -1 : IndexOf(@event.ToStatus);
        var errors = UnknownStatuses(lead, to, @event.ToStatus);
        if (@event.Trigger == LeadStatusTrigger.Disqualify && string.IsNullOrWhiteSpace(@event.Reason))
        {
            errors.Add(new DisqualificationReasonRequiredError(lead.Id));
        }

        if (@event.Trigger == LeadStatusTrigger.Convert && @event.Conversion is not { AccountId.IsEmpty: false, ContactId.IsEmpty: false })
        {
            errors.Add(new ConversionEventIncompleteError(index, lead.Id));
        }

        return errors.Count > 0 ? errors : TransitionRefusal(lead, @event.Trigger, to, @event.ToStatus, evaluateGuards: false);
    }

    /// <summary>The descriptions of the entry guards of a status that a lead does not meet.</summary>
    internal string[] UnmetEntryGuards(Lead lead, int status) =>
        [.. _table.EntryGuards(status).Where(g => !g.IsMet(lead)).Select(g => g.Description)];

    /// <summary>The lead after a permitted status verb, and its event.</summary>
    internal LeadChange ChangeStatus(Lead lead, LeadStatusTrigger trigger, int to, string? reason, DateTimeOffset now)
    {
        var status = _names[to];
        var changed = lead with
        {
            Version = RecordVersion.Next(lead.Version),
            Status = status,
            DisqualificationReason = trigger switch
            {
                LeadStatusTrigger.Disqualify => reason,
                LeadStatusTrigger.Recycle => null,
                _ => lead.DisqualificationReason,
            },
        };
        return new LeadChange(changed, new LeadStatusChanged(lead.Id, lead.Status, status, trigger, now, reason));
    }

    /// <summary>The lead after a permitted conversion, and its Convert event carrying the converted fields.</summary>
    internal LeadChange Convert(Lead lead, string convertedStatus, ConvertedLeadFields fields, DateTimeOffset now)
    {
        var status = _names[IndexOf(convertedStatus)];
        var converted = WithConversion(lead, status, fields);
        return new LeadChange(converted, new LeadStatusChanged(lead.Id, lead.Status, status, LeadStatusTrigger.Convert, now) { Conversion = fields });
    }

    /// <summary>The lead after a replayed event that <see cref="ReplayRefusal"/> accepted.</summary>
    internal Lead Replayed(Lead lead, LeadStatusChanged @event)
    {
        var to = IndexOf(@event.ToStatus);
        return @event.Trigger == LeadStatusTrigger.Convert
            ? WithConversion(lead, _names[to], @event.Conversion!)
            : ChangeStatus(lead, @event.Trigger, to, @event.Reason, @event.OccurredAt).Lead;
    }

    /// <summary>The transitions permitted from a status, as <c>Trigger -&gt; Status</c>, for a refusal's message.</summary>
    private string[] AllowedFrom(int from, Lead? lead) =>
        [.. PermittedFrom(from, lead).Select(t => $"{t.Trigger} -> {t.ToStatus}")];

    private static Lead WithConversion(Lead lead, string status, ConvertedLeadFields fields) => lead with
    {
        Version = RecordVersion.Next(lead.Version),
        Status = status,
        IsConverted = true,
        ConvertedDate = fields.ConvertedDate,
        ConvertedAccountId = fields.AccountId,
        ConvertedContactId = fields.ContactId,
        ConvertedOpportunityId = fields.OpportunityId,
    };

    private static LeadAlreadyConvertedError AlreadyConverted(Lead lead) =>
        new(lead.Id, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId);

    private bool Allows(Lead lead, int from, LeadStatusTrigger trigger, int to) =>
        _table.Has(from, trigger, to) && _table.GuardsMet(lead, from, trigger, to);

    private List<IError> UnknownStatuses(Lead lead, int to, string? toName)
    {
        var errors = new List<IError>();
        if (IndexOf(lead.Status ?? string.Empty) < 0)
        {
            errors.Add(new UnknownLeadStatusError(lead.Status ?? string.Empty, Name));
        }

        if (to < 0 && !string.IsNullOrEmpty(toName))
        {
            errors.Add(new UnknownLeadStatusError(toName, Name));
        }

        return errors;
    }

    /// <summary>Why the transition, between known statuses, is refused: no such transition, the policy, or guards.</summary>
    private List<IError>? TransitionRefusal(Lead lead, LeadStatusTrigger trigger, int to, string? toName, bool evaluateGuards)
    {
        var from = IndexOf(lead.Status);
        if (!_table.Exists(from, trigger, to))
        {
            return trigger == LeadStatusTrigger.Recycle && !_statuses[from].IsDisqualified
                ? [new RecycleRequiresDisqualifiedStatusError(lead.Status, toName)]
                : [new LeadTransitionNotPermittedError(lead.Status, trigger, toName, [], AllowedFrom(from, evaluateGuards ? lead : null))];
        }

        var policy = _table.PolicyRefusal(from, trigger, to);
        if ((policy & LeadPolicyRefusal.Backward) != 0)
        {
            return [new LeadStatusBackwardMoveError(lead.Status, trigger, _names[to])];
        }

        if ((policy & LeadPolicyRefusal.Skip) != 0)
        {
            return [new LeadStatusSkipError(lead.Status, trigger, _names[to], _table.SkippedStatuses(from, to))];
        }

        if (evaluateGuards && !_table.GuardsMet(lead, from, trigger, to))
        {
            string[] unmet = [.. _table.Guards(from, trigger, to).Where(g => !g.IsMet(lead)).Select(g => g.Description)];
            return [new LeadTransitionNotPermittedError(lead.Status, trigger, toName, unmet)];
        }

        return null;
    }
}
