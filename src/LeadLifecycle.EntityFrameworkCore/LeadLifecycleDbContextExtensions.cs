using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>Saves a verb's result in one <c>SaveChanges</c>: its records, the opportunity history rows and its events
/// in the outbox; and reads an opportunity back with its history.</summary>
/// <remarks>
/// <para>The context must have been built with <see cref="LeadLifecycleModelBuilderExtensions.ApplyLeadLifecycleModel"/>.
/// A changed record is written with an <c>UPDATE</c> of its row where the stored <c>Version</c> is the one the verb
/// started from (one less than the record's): if another change was saved in between (or the row is gone), nothing
/// of the save is kept and the result fails with <see cref="ConcurrencyConflictError"/>
/// (<see cref="ErrorCodes.ConcurrencyConflict"/>): read the record again and repeat the verb. New records are inserted;
/// an id that already exists is the database's error (<see cref="DbUpdateException"/>), thrown.</para>
/// <para>Everything goes through one <c>SaveChanges</c>, so it is one transaction (or part of the caller's): a
/// conversion's lead, account, contact, opportunity, history and events are saved together or not at all. Other
/// changes pending in the context are saved with it. The helpers track nothing afterwards: an instance of the same
/// record the context was tracking is replaced and the staged entries are detached, whether the save succeeds or not.
/// Exceptions other than the concurrency conflict (connection, constraint, cancellation) are thrown, nothing saved.</para>
/// </remarks>
public static class LeadLifecycleDbContextExtensions
{
    /// <summary>Saves a lead made by <c>LeadWorkflow.Create</c> (or imported): inserts its row.</summary>
    /// <param name="context">The context.</param>
    /// <param name="lead">The new lead.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The lead.</returns>
    public static Task<Result<Lead>> SaveNewAsync(this DbContext context, Lead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lead);
        var writer = new ChangeWriter(context);
        writer.Insert(lead, lead.Id);
        return writer.SaveAsync(lead, cancellationToken);
    }

    /// <summary>Saves an opportunity made by <c>OpportunityWorkflow.Create</c>: inserts its row and its history rows.</summary>
    /// <param name="context">The context.</param>
    /// <param name="opportunity">The new opportunity.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The opportunity.</returns>
    public static Task<Result<Opportunity>> SaveNewAsync(this DbContext context, Opportunity opportunity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(opportunity);
        var writer = new ChangeWriter(context);
        writer.Insert(opportunity, opportunity.Id);
        writer.InsertHistory(opportunity);
        return writer.SaveAsync(opportunity, cancellationToken);
    }

    /// <summary>Saves a lead a verb returned without a change record (a converted-lead edit's <c>Lead</c>): updates its
    /// row where the stored version is one less than the lead's.</summary>
    /// <param name="context">The context.</param>
    /// <param name="lead">The lead as the verb returned it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The lead, or a <see cref="ConcurrencyConflictError"/>.</returns>
    public static Task<Result<Lead>> SaveUpdatedAsync(this DbContext context, Lead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lead);
        var writer = new ChangeWriter(context);
        writer.Update(lead, lead.Id, lead.Version);
        return writer.SaveAsync(lead, cancellationToken);
    }

    /// <summary>Saves a lead verb's result: updates the lead's row with a version check and adds its event
    /// (<see cref="LeadStatusChanged"/> or <see cref="LeadSignalRecorded"/>, the JSON of a <see cref="LeadEvent"/> with its
    /// <c>$type</c>) to the outbox, named by the event's type.</summary>
    /// <param name="context">The context.</param>
    /// <param name="change">The verb's result.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The change, or a <see cref="ConcurrencyConflictError"/>.</returns>
    public static Task<Result<LeadChange>> SaveChangeAsync(this DbContext context, LeadChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change.Lead, nameof(change));
        ArgumentNullException.ThrowIfNull(change.Event, nameof(change));
        var writer = new ChangeWriter(context);
        writer.Update(change.Lead, change.Lead.Id, change.Lead.Version);
        writer.Outbox(change.Event, change.Event.GetType().Name, nameof(Lead), change.Lead.Id.Value, change.Event.OccurredAt);
        return writer.SaveAsync(change, cancellationToken);
    }

    /// <summary>Saves an opportunity verb's result: updates the opportunity's row with a version check, adds the
    /// history row the verb appended (if any) and the event to the outbox.</summary>
    /// <remarks>The opportunity may have been read with or without its history: the row appended is its latest history
    /// entry, unless that is already stored (one query).</remarks>
    /// <param name="context">The context.</param>
    /// <param name="change">The verb's result.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The change, or a <see cref="ConcurrencyConflictError"/>.</returns>
    public static async Task<Result<OpportunityChange>> SaveChangeAsync(this DbContext context, OpportunityChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change.Opportunity, nameof(change));
        ArgumentNullException.ThrowIfNull(change.Event, nameof(change));
        var opportunity = change.Opportunity;
        var writer = new ChangeWriter(context);
        await writer.InsertAppendedHistoryAsync(opportunity, cancellationToken).ConfigureAwait(false);
        writer.Update(opportunity, opportunity.Id, opportunity.Version);
        writer.Outbox(change.Event, change.Event.GetType().Name, nameof(Opportunity), opportunity.Id.Value, change.Event.OccurredAt);
        return await writer.SaveAsync(change, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves a lead conversion: the records it created (inserted) and the ones it changed (the lead, and the
    /// existing account, contact and opportunity it filled or linked, updated with a version check), the new
    /// opportunity's history rows, and <see cref="LeadConverted"/> and the Convert <see cref="LeadStatusChanged"/> in
    /// the outbox, all in one <c>SaveChanges</c>.</summary>
    /// <remarks>A person account's contact is the record behind the account (<see cref="Account.PersonContactId"/>):
    /// only the account is saved, as <see cref="LeadConversion"/> says. A refused conversion has no result to save:
    /// nothing is written for it.</remarks>
    /// <param name="context">The context.</param>
    /// <param name="conversion">The conversion's result.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The conversion, or a <see cref="ConcurrencyConflictError"/> naming the first record that changed.</returns>
    public static Task<Result<LeadConversion>> SaveChangeAsync(this DbContext context, LeadConversion conversion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(conversion);
        var writer = new ChangeWriter(context);
        var account = conversion.Account;
        if (conversion.AccountCreated)
        {
            writer.Insert(account, account.Id);
        }
        else
        {
            writer.Update(account, account.Id, account.Version);
        }

        if (!account.IsPersonAccount)
        {
            var contact = conversion.Contact;
            if (conversion.ContactCreated)
            {
                writer.Insert(contact, contact.Id);
            }
            else
            {
                writer.Update(contact, contact.Id, contact.Version);
            }
        }

        if (conversion.Opportunity is { } opportunity)
        {
            if (conversion.OpportunityCreated)
            {
                writer.Insert(opportunity, opportunity.Id);
                writer.InsertHistory(opportunity);
            }
            else
            {
                writer.Update(opportunity, opportunity.Id, opportunity.Version);
            }
        }

        var lead = conversion.Lead;
        writer.Update(lead, lead.Id, lead.Version);
        writer.Outbox(conversion.Event, nameof(LeadConverted), nameof(Lead), lead.Id.Value, conversion.Event.OccurredAt);
        writer.Outbox(conversion.StatusChanged, nameof(LeadStatusChanged), nameof(Lead), lead.Id.Value, conversion.StatusChanged.OccurredAt);
        return writer.SaveAsync(conversion, cancellationToken);
    }

    /// <summary>Reads an opportunity with its history rows, untracked: the record the opportunity verbs take.</summary>
    /// <param name="context">The context.</param>
    /// <param name="id">The opportunity's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The opportunity with its history, or null when there is none with this id.</returns>
    public static async Task<Opportunity?> FindOpportunityAsync(this DbContext context, OpportunityId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opportunity = await context.Set<Opportunity>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
        if (opportunity is null)
        {
            return null;
        }

        var rows = await context.Set<OpportunityHistoryRow>().AsNoTracking()
            .Where(r => r.OpportunityId == id)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return opportunity with { History = OpportunityHistory.Create([.. rows.Select(r => r.ToEntry())]) };
    }
}
