using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>Maps the library's records with one call in <c>OnModelCreating</c>.</summary>
public static class LeadLifecycleModelBuilderExtensions
{
    /// <summary>Maps leads, accounts, contacts, opportunities, opportunity history rows and the outbox.</summary>
    /// <remarks>
    /// <para>Each record is an entity keyed by its typed id (a text column of 64 characters through a value converter,
    /// as are every other id). <c>Version</c> is the concurrency token (<c>IsConcurrencyToken</c>): the save helpers
    /// update a row only where it still has the version the change started from. <c>CustomFields</c>, campaign
    /// memberships and addresses are JSON text columns in the library's wire format, with value comparers; an address
    /// is one value shared by a lead and the account and contact it became, which an owned type cannot be, and EF Core
    /// refuses an optional complex type whose members are all optional, as an address's are.</para>
    /// <para>An opportunity's <see cref="Opportunity.History"/> is not a column: it is stored as
    /// <see cref="OpportunityHistoryRow"/> rows (one per entry, keyed by opportunity and sequence, deleted with the
    /// opportunity), written by the save helpers and read back by
    /// <see cref="LeadLifecycleDbContextExtensions.FindOpportunityAsync"/>. A query of <c>Set&lt;Opportunity&gt;()</c>
    /// gives opportunities with an empty history. Events go to <see cref="LeadLifecycleOutboxMessage"/> rows.</para>
    /// <para>Amounts and annual revenue have precision 18 and scale 2; enums are stored as their names. Works with any
    /// relational provider; tested on SQLite.</para>
    /// </remarks>
    /// <param name="modelBuilder">The context's model builder.</param>
    /// <param name="options">Schema and table prefix; defaults when null.</param>
    /// <returns>The model builder, for chaining.</returns>
    public static ModelBuilder ApplyLeadLifecycleModel(this ModelBuilder modelBuilder, LeadLifecycleModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        options ??= new LeadLifecycleModelOptions();
        ArgumentNullException.ThrowIfNull(options.TablePrefix, nameof(LeadLifecycleModelOptions.TablePrefix));
        string Table(string name) => options.TablePrefix + name;

        modelBuilder.Entity<Lead>(entity => RecordMappings.Lead(entity.ToTable(Table("Leads"), options.Schema)));
        modelBuilder.Entity<Account>(entity => RecordMappings.Account(entity.ToTable(Table("Accounts"), options.Schema)));
        modelBuilder.Entity<Contact>(entity => RecordMappings.Contact(entity.ToTable(Table("Contacts"), options.Schema)));
        modelBuilder.Entity<Opportunity>(entity => RecordMappings.Opportunity(entity.ToTable(Table("Opportunities"), options.Schema)));
        modelBuilder.Entity<OpportunityHistoryRow>(entity => RecordMappings.HistoryRow(entity.ToTable(Table("OpportunityHistory"), options.Schema)));
        modelBuilder.Entity<LeadLifecycleOutboxMessage>(entity => RecordMappings.Outbox(entity.ToTable(Table("LeadLifecycleOutbox"), options.Schema)));
        return modelBuilder;
    }
}
