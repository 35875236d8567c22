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

    /// <summary>Rebuilds a lead by replaying its status events from an earlier state of the lead.</summary>
    /// <remarks>
    /// <para>Events are not trusted: each must belong to the lead (<see cref="EventForAnotherLeadError"/>), start from
    /// the status the previous one ended in (<see cref="EventOutOfSequenceError"/>), name statuses of the process
    /// (<see cref="UnknownLeadStatusError"/>), take a transition the process has, policy included
    /// (<see cref="LeadTransitionNotPermittedError"/>, <see cref="RecycleRequiresDisqualifiedStatusError"/>,
    /// <see cref="LeadStatusBackwardMoveError"/>, <see cref="LeadStatusSkipError"/>), and a Disqualify event must
    /// carry its reason (<see cref="DisqualificationReasonRequiredError"/>). Guards are not evaluated again: they held
    /// when the event happened. Nothing follows a conversion (<see cref="LeadAlreadyConvertedError"/>).</para>
    /// <para>A <see cref="LeadStatusTrigger.Convert"/> event is accepted only with the fields the conversion set
    /// (<see cref="LeadStatusChanged.Conversion"/>, as <c>LeadConversion.StatusChanged</c> carries them), and then
    /// rebuilds the converted lead with its account, contact, opportunity and date; one without them is refused
    /// (<see cref="ConversionEventIncompleteError"/>), so no replayed history converts a lead without its records.</para>
    /// </remarks>
    /// <param name="initial">The lead before the first event.</param>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The lead after the last event, or why the first event that does not fit was refused.</returns>
    public Result<Lead> Replay(Lead initial, IEnumerable<LeadStatusChanged> events)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(events);
        var lead = initial;
        var index = 0;
        foreach (var @event in events)
        {
            ArgumentNullException.ThrowIfNull(@event, nameof(events));
            if (Process.ReplayRefusal(lead, @event, index) is { } refusal)
            {
                return Result.Fail<Lead>(refusal);
            }

            lead = Process.Replayed(lead, @event);
            index++;
        }

        return lead;
    }

    private static Result<Lead> Signal(Lead lead, Func<Lead, Lead> record)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return lead.IsConverted
            ? Result.Fail<Lead>(new LeadAlreadyConvertedError(lead.Id, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId))
            : Result.Ok(record(lead) with { Version = RecordVersion.Next(lead.Version) });
    }
}
