using System.Diagnostics.CodeAnalysis;
using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <content>The qualification signals of the domain story, and replay of status events.</content>
public sealed partial class LeadWorkflow
{
    /// <summary>Tells whether <see cref="RecordInterestShown"/> would succeed: the lead is not converted.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>True exactly when <see cref="RecordInterestShown"/> would succeed.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A verb's CanX is an instance member beside the verb.")]
    public bool CanRecordInterestShown(Lead lead) => CanRecordSignal(lead);

    /// <summary>Records that the lead raised a hand and showed interest; the first time counts.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead with <see cref="Lead.InterestShownAt"/> set (kept when already set) and a
    /// <see cref="LeadSignalRecorded"/>, or <see cref="LeadAlreadyConvertedError"/>: a converted lead never changes.</returns>
    public Result<LeadChange> RecordInterestShown(Lead lead) => RecordSignal(lead, LeadSignal.InterestShown);

    /// <summary>Tells whether <see cref="RecordMeetingAgreed"/> would succeed: the lead is not converted.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>True exactly when <see cref="RecordMeetingAgreed"/> would succeed.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A verb's CanX is an instance member beside the verb.")]
    public bool CanRecordMeetingAgreed(Lead lead) => CanRecordSignal(lead);

    /// <summary>Records that both sides agreed on an official meeting; the first time counts.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead with <see cref="Lead.MeetingAgreedAt"/> set (kept when already set) and a
    /// <see cref="LeadSignalRecorded"/>, or <see cref="LeadAlreadyConvertedError"/>: a converted lead never changes.</returns>
    public Result<LeadChange> RecordMeetingAgreed(Lead lead) => RecordSignal(lead, LeadSignal.MeetingAgreed);

    /// <summary>Tells whether <see cref="RecordPricingAgreed"/> would succeed: the lead is not converted.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>True exactly when <see cref="RecordPricingAgreed"/> would succeed.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A verb's CanX is an instance member beside the verb.")]
    public bool CanRecordPricingAgreed(Lead lead) => CanRecordSignal(lead);

    /// <summary>Records that the lead agreed on pricing, the ultimate signal of readiness; the first time counts.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead with <see cref="Lead.PricingAgreedAt"/> set (kept when already set) and a
    /// <see cref="LeadSignalRecorded"/>, or <see cref="LeadAlreadyConvertedError"/>: a converted lead never changes.</returns>
    public Result<LeadChange> RecordPricingAgreed(Lead lead) => RecordSignal(lead, LeadSignal.PricingAgreed);

    /// <summary>Rebuilds a lead by replaying its events (status changes and signals) from an earlier state of the lead.</summary>
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
    /// <para>A <see cref="LeadSignalRecorded"/> must belong to the lead too, and sets its signal's time unless the lead
    /// already has one (the first time counts, as when it was recorded); a converted lead takes no signal.</para>
    /// </remarks>
    /// <param name="initial">The lead before the first event.</param>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The lead after the last event, or why the first event that does not fit was refused.</returns>
    public Result<Lead> Replay(Lead initial, IEnumerable<LeadEvent> events)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(events);
        var lead = initial;
        var index = 0;
        foreach (var @event in events)
        {
            ArgumentNullException.ThrowIfNull(@event, nameof(events));
            switch (@event)
            {
                case LeadStatusChanged changed when Process.ReplayRefusal(lead, changed, index) is { } refusal:
                    return Result.Fail<Lead>(refusal);
                case LeadStatusChanged changed:
                    lead = Process.Replayed(lead, changed);
                    break;
                case LeadSignalRecorded signal when lead.IsConverted:
                    return Result.Fail<Lead>(AlreadyConverted(lead));
                case LeadSignalRecorded signal when signal.LeadId != lead.Id:
                    return Result.Fail<Lead>(new EventForAnotherLeadError(index, lead.Id, signal.LeadId));
                case LeadSignalRecorded signal:
                    lead = WithSignal(lead, signal.Signal, signal.OccurredAt) with { Version = RecordVersion.Next(lead.Version) };
                    break;
                default:
                    throw new ArgumentException($"Unknown lead event type {@event.GetType().Name}.", nameof(events));
            }

            index++;
        }

        return lead;
    }

    private static bool CanRecordSignal(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return !lead.IsConverted;
    }

    private Result<LeadChange> RecordSignal(Lead lead, LeadSignal signal)
    {
        if (!CanRecordSignal(lead))
        {
            return Result.Fail<LeadChange>(AlreadyConverted(lead));
        }

        var now = _time.GetUtcNow();
        var signalled = WithSignal(lead, signal, now);
        var recorded = signalled with { Version = RecordVersion.Next(lead.Version) };
        return Result.Ok(new LeadChange(recorded, new LeadSignalRecorded(lead.Id, signal, now, IsFirst: !ReferenceEquals(signalled, lead))));
    }

    /// <summary>The lead with a signal's time set, unless it already has one (then the same instance): the one place a
    /// signal is applied, by the verbs and by replay.</summary>
    private static Lead WithSignal(Lead lead, LeadSignal signal, DateTimeOffset at) => signal switch
    {
        LeadSignal.InterestShown => lead.InterestShownAt is null ? lead with { InterestShownAt = at } : lead,
        LeadSignal.MeetingAgreed => lead.MeetingAgreedAt is null ? lead with { MeetingAgreedAt = at } : lead,
        LeadSignal.PricingAgreed => lead.PricingAgreedAt is null ? lead with { PricingAgreedAt = at } : lead,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown lead signal."),
    };

    private static LeadAlreadyConvertedError AlreadyConverted(Lead lead) =>
        new(lead.Id, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId);
}
