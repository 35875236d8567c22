using LeadLifecycle.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

/// <summary>The consumer's DbContext: the library's model, one call.</summary>
internal sealed class ConsumerContext(SqliteConnection connection) : DbContext(new DbContextOptionsBuilder().UseSqlite(connection).Options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyLeadLifecycleModel();
}
