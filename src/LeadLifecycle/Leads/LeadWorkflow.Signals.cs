using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <content>The qualification signals of the domain story, and replay of status events.</content>
public sealed partial class LeadWorkflow
{
    /// <summary>Records that the lead raised a hand and showed interest; the first time counts.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead with <see cref="Lead.InterestShownAt"/> set, or why it was refused.</returns>
    public Result<Lead> RecordInterestShown(Lead lead) =>
        Signal(lead, l => l.InterestShownAt is null ? l with { InterestShownAt = _time.GetUtcNow() } : l);

    /// <summary>Records that both sides agreed on an official meeting; the first time counts.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead with <see cref="Lead.MeetingAgreedAt"/> set, or why it was refused.</returns>
    public Result<Lead> RecordMeetingAgreed(Lead lead) =>
        Signal(lead, l => l.MeetingAgreedAt is null ? l with { MeetingAgreedAt = _time.GetUtcNow() } : l);

    /// <summary>Records that the lead agreed on pricing, the ultimate signal of readiness; the first time counts.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead with <see cref="Lead.PricingAgreedAt"/> set, or why it was refused.</returns>
    public Result<Lead> RecordPricingAgreed(Lead lead) =>
        Signal(lead, l => l.PricingAgreedAt is null ? l with { PricingAgreedAt = _time.GetUtcNow() } : l);

    /// <summary>Rebuilds a lead's status by replaying its status events from an earlier state of the lead.</summary>
    /// <remarks>Each event must start from the status the previous one ended in, and its transition must exist in
    /// the process. Guards are not evaluated again: they held when the event happened. A replayed
    /// <see cref="LeadStatusTrigger.Convert"/> event marks the lead converted.</remarks>
    /// <param name="initial">The lead before the first event.</param>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The lead after the last event, or the first event that does not fit.</returns>
    public Result<Lead> Replay(Lead initial, IEnumerable<LeadStatusChanged> events)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(events);
        var lead = initial;
        var index = 0;
        foreach (var @event in events)
        {
            ArgumentNullException.ThrowIfNull(@event);
            if (lead.IsConverted)
            {
                return Result.Fail<Lead>(new LeadAlreadyConvertedError(lead.Id, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId));
            }

            if (!string.Equals(@event.FromStatus, lead.Status, StringComparison.Ordinal))
            {
                return Result.Fail<Lead>(new EventOutOfSequenceError(index, lead.Status, @event.FromStatus));
            }

            var to = Process.IndexOf(@event.ToStatus);
            if (Process.Edge(Process.IndexOf(lead.Status), @event.Trigger, to) is null)
            {
                return Result.Fail<Lead>(new LeadTransitionNotPermittedError(lead.Status, @event.Trigger, @event.ToStatus, []));
            }

            lead = lead with
            {
                Status = Process.StatusAt(to).Name,
                IsConverted = @event.Trigger == LeadStatusTrigger.Convert,
                DisqualificationReason = @event.Trigger switch
                {
                    LeadStatusTrigger.Disqualify => @event.Reason,
                    LeadStatusTrigger.Recycle => null,
                    _ => lead.DisqualificationReason,
                },
            };
            index++;
        }

        return lead;
    }

    private static Result<Lead> Signal(Lead lead, Func<Lead, Lead> record)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return lead.IsConverted
            ? Result.Fail<Lead>(new LeadAlreadyConvertedError(lead.Id, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId))
            : Result.Ok(record(lead));
    }
}
