using System.Globalization;
using BenchmarkDotNet.Attributes;
using LeadLifecycle.Conversion;
using LeadLifecycle.EntityFrameworkCore;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Saving a converted lead's records on SQLite (issue 11 target: the package within 1.2x of hand-written EF code).
/// Both sides write the same rows in one <c>SaveChangesAsync</c> on a fresh context: the account, contact and
/// opportunity inserted, its history row and the two events (JSON) in the outbox, and the lead updated where its stored
/// version is the one the conversion started from.
/// </summary>
/// <remarks>Every invocation saves a conversion with its own ids; the leads it updates are inserted before each
/// iteration (hence a fixed invocation count).</remarks>
[MemoryDiagnoser]
[InvocationCount(Invocations)]
public class EntityFrameworkSaveBenchmarks
{
    private const int Invocations = 64;

    private SqliteConnection _connection = null!;
    private LeadConversion _template = null!;
    private DbContextOptions<BenchmarkContext> _options = null!;
    private int _next;
    private int _stored;

    [GlobalSetup]
    public void Setup()
    {
        _connection = new SqliteConnection("DataSource=:memory:");
        _connection.Open();
        _options = new DbContextOptionsBuilder<BenchmarkContext>().UseSqlite(_connection).Options;
        using var context = new BenchmarkContext(_options);
        context.Database.EnsureCreated();
        var lead = BenchmarkLeads.Create(0) with { Version = 1 };
        _template = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { EnableTelemetry = false })
            .Convert(lead, new ConversionRequest("Closed - Converted")).Value;
    }

    /// <summary>Stores the leads the next iteration converts, at the version the conversion started from.</summary>
    [IterationSetup]
    public void StoreLeads()
    {
        using var context = new BenchmarkContext(_options);
        for (var n = Math.Max(_stored, _next) + 1; n <= _next + Invocations; n++)
        {
            context.Add(_template.Lead with { Id = LeadIdOf(n), IsConverted = false, Status = "Working - Contacted", Version = 1 });
        }

        context.SaveChanges();
        _stored = _next + Invocations;
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    /// <summary>The baseline: what an application writes by hand with EF Core for the same rows.</summary>
    /// <returns>The number of rows written.</returns>
    [Benchmark(Baseline = true, Description = "Hand-written EF Core: inserts, version-checked update, outbox")]
    public async Task<int> HandWritten()
    {
        var conversion = Next();
        await using var context = new BenchmarkContext(_options);
        var opportunity = conversion.Opportunity!;
        context.Add(conversion.Account);
        context.Add(conversion.Contact);
        context.Add(opportunity);
        context.Add(OpportunityHistoryRow.From(opportunity.Id, 0, opportunity.History[0]));
        context.Add(new LeadLifecycleOutboxMessage
        {
            EventType = nameof(LeadConverted), RecordType = nameof(Lead), RecordId = conversion.Lead.Id.Value,
            OccurredAt = conversion.Event.OccurredAt, Payload = LeadLifecycleJson.Serialize(conversion.Event),
        });
        context.Add(new LeadLifecycleOutboxMessage
        {
            EventType = nameof(LeadStatusChanged), RecordType = nameof(Lead), RecordId = conversion.Lead.Id.Value,
            OccurredAt = conversion.StatusChanged.OccurredAt, Payload = LeadLifecycleJson.Serialize(conversion.StatusChanged),
        });
        var lead = context.Attach(conversion.Lead);
        lead.Property(l => l.Version).OriginalValue = conversion.Lead.Version - 1;
        lead.State = EntityState.Modified;
        return await context.SaveChangesAsync();
    }

    /// <summary>The package: <c>SaveChangeAsync(conversion)</c>.</summary>
    /// <returns>Whether it saved.</returns>
    [Benchmark(Description = "LeadLifecycle.EntityFrameworkCore: SaveChangeAsync(conversion)")]
    public async Task<bool> Package()
    {
        var conversion = Next();
        await using var context = new BenchmarkContext(_options);
        var result = await context.SaveChangeAsync(conversion);
        return result.IsSuccess ? true : throw new InvalidOperationException(result.Errors[0].Message);
    }

    private static LeadId LeadIdOf(int number) => new("00Q" + number.ToString("D12", CultureInfo.InvariantCulture));

    /// <summary>The template conversion with its own ids: the same work for both sides.</summary>
    private LeadConversion Next()
    {
        var n = ++_next;
        var suffix = n.ToString("D12", CultureInfo.InvariantCulture);
        var (accountId, contactId, opportunityId) = (new AccountId("001" + suffix), new ContactId("003" + suffix), new OpportunityId("006" + suffix));
        return _template with
        {
            Lead = _template.Lead with { Id = LeadIdOf(n), ConvertedAccountId = accountId, ConvertedContactId = contactId, ConvertedOpportunityId = opportunityId },
            Account = _template.Account with { Id = accountId },
            Contact = _template.Contact with { Id = contactId, AccountId = accountId },
            Opportunity = _template.Opportunity! with { Id = opportunityId, AccountId = accountId, ContactId = contactId },
        };
    }

    /// <summary>An application's context: the library's model.</summary>
    private sealed class BenchmarkContext(DbContextOptions<BenchmarkContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyLeadLifecycleModel();
    }
}
