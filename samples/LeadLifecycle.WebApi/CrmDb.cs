using LeadLifecycle.Conversion;
using LeadLifecycle.EntityFrameworkCore;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.WebApi;

/// <summary>The app's database: the library's records, opportunity history rows and the event outbox.</summary>
public sealed class CrmDb(DbContextOptions<CrmDb> options) : DbContext(options)
{
    public DbSet<Lead> Leads => Set<Lead>(); // glue

    public DbSet<Account> Accounts => Set<Account>(); // glue

    public DbSet<Contact> Contacts => Set<Contact>(); // glue

    public DbSet<Opportunity> Opportunities => Set<Opportunity>(); // glue

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyLeadLifecycleModel(); // glue
}
