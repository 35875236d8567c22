using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>One save of the helpers: the records, history rows and outbox rows of one verb's result, staged in the
/// context and written by one <c>SaveChanges</c>; the one place rows are inserted or updated with a version check.</summary>
/// <remarks>Whatever happens, the entries it staged are detached afterwards, so a refused or failed save leaves nothing
/// pending in the context and a successful one leaves no stale instance tracked.</remarks>
internal sealed class ChangeWriter(DbContext context)
{
    private readonly List<EntityEntry> _staged = new(8);

    /// <summary>Stages a new record as an insert.</summary>
    public void Insert<T, TKey>(T record, TKey key)
        where T : class
    {
        DetachTracked<T, TKey>(key);
        _staged.Add(context.Add(record));
    }

    /// <summary>Stages a changed record as an update of every column, where the stored row still has the version the
    /// change started from (one less than the record's).</summary>
    public void Update<T, TKey>(T record, TKey key, long version)
        where T : class
    {
        DetachTracked<T, TKey>(key);

        // Attach records the current values (version included) as the original ones; then the original version is
        // set to the one the change started from, and only then is the entry marked modified: the UPDATE's WHERE takes
        // the original version, its SET the current one.
        var entry = context.Attach(record);
        entry.Property(nameof(Lead.Version)).OriginalValue = unchecked(version - 1);
        entry.State = EntityState.Modified;
        _staged.Add(entry);
    }

    /// <summary>Stages the history rows of a new opportunity: every entry.</summary>
    public void InsertHistory(Opportunity opportunity)
    {
        var history = opportunity.History ?? OpportunityHistory.Empty;
        for (var i = 0; i < history.Count; i++)
        {
            _staged.Add(context.Add(OpportunityHistoryRow.From(opportunity.Id, i, history[i])));
        }
    }

    /// <summary>Stages the history row a verb appended to a stored opportunity, if it appended one: its latest entry,
    /// unless that is already the latest stored row. A verb appends at most one row, and the version check allows one
    /// verb per save, so this holds whether or not the opportunity was read with its history.</summary>
    public async Task InsertAppendedHistoryAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        if (opportunity.History?.Latest is not { } latest)
        {
            return;
        }

        var id = opportunity.Id;
        var stored = await context.Set<OpportunityHistoryRow>().AsNoTracking()
            .Where(r => r.OpportunityId == id)
            .OrderByDescending(r => r.Sequence)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.ToEntry() != latest)
        {
            _staged.Add(context.Add(OpportunityHistoryRow.From(id, (stored?.Sequence ?? -1) + 1, latest)));
        }
    }

    /// <summary>Stages an event as an outbox row.</summary>
    public void Outbox<TEvent>(TEvent @event, string eventType, string recordType, string recordId, DateTimeOffset occurredAt)
    {
        _staged.Add(context.Add(new LeadLifecycleOutboxMessage
        {
            EventType = eventType,
            RecordType = recordType,
            RecordId = recordId,
            OccurredAt = occurredAt,
            Payload = LeadLifecycleJson.Serialize(@event),
        }));
    }

    /// <summary>Saves everything staged (and whatever else the context holds) in one <c>SaveChanges</c>; a concurrency
    /// conflict becomes a <see cref="ConcurrencyConflictError"/> and nothing is saved.</summary>
    public async Task<Result<T>> SaveAsync<T>(T value, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Result.Ok(value);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            return Result.Fail<T>(Conflict(exception));
        }
        finally
        {
            foreach (var entry in _staged)
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    private static ConcurrencyConflictError Conflict(DbUpdateConcurrencyException exception)
    {
        var entries = exception.Entries;
        var entry = entries.FirstOrDefault(e => e.Metadata.FindProperty(nameof(Lead.Version)) is not null) ?? (entries.Count > 0 ? entries[0] : null);
        if (entry is null)
        {
            return new ConcurrencyConflictError("Unknown", string.Empty, 0);
        }

        var id = entry.Entity switch
        {
            Lead lead => lead.Id.Value,
            Account account => account.Id.Value,
            Contact contact => contact.Id.Value,
            Opportunity opportunity => opportunity.Id.Value,
            _ => string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue) ?? []),
        };
        var version = entry.Metadata.FindProperty(nameof(Lead.Version)) is not null ? (long)entry.Property(nameof(Lead.Version)).OriginalValue! : 0;
        return new ConcurrencyConflictError(entry.Metadata.ClrType.Name, id, version);
    }

    /// <summary>Stops tracking another instance with the same key, e.g. the row the application read with tracking
    /// before the verb: the helper's record replaces it.</summary>
    private void DetachTracked<T, TKey>(TKey key)
        where T : class
    {
        if (context.Set<T>().Local.FindEntry(key) is { } tracked)
        {
            tracked.State = EntityState.Detached;
        }
    }
}
