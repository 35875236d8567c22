using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.EntityFrameworkCore.Tests;

/// <summary>An application's context: the library's model and nothing else.</summary>
public sealed class CrmTestContext(DbContextOptions<CrmTestContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyLeadLifecycleModel();
}

/// <summary>A SQLite in-memory database that lives as long as this object (its connection stays open); each
/// <see cref="NewContext"/> is a fresh context over it, as each web request would have.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    public SqliteDatabase()
    {
        _connection.Open();
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public CrmTestContext NewContext() =>
        new(new DbContextOptionsBuilder<CrmTestContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
