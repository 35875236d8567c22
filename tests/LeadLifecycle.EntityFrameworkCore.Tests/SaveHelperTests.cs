using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.EntityFrameworkCore.Tests;

/// <summary>Issue 11: a verb's result is saved in one SaveChanges with a version check; a conflict is a typed error
/// and nothing of the save is kept.</summary>
public sealed class SaveHelperTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 2, 24, 10, 30, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();
    private readonly FixedClock _clock = new(Now);
    private readonly LeadWorkflow _leads;
    private readonly LeadConverter _converter;
    private readonly OpportunityWorkflow _opportunities;

    public SaveHelperTests()
    {
        _leads = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = _clock });
        _converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { TimeProvider = _clock });
        _opportunities = new OpportunityWorkflow(SalesProcess.SalesforceDefault, new OpportunityWorkflowOptions { TimeProvider = _clock });
    }

    public void Dispose() => _database.Dispose();

    private async Task<Lead> StoredLead()
    {
        var lead = _leads.Create(new Lead { LastName = "Lovelace", Company = "Analytical Engines", Email = "ada@engines.example", Address = new Address { City = "London" } }).Value;
        using var context = _database.NewContext();
        Assert.True((await context.SaveNewAsync(lead)).IsSuccess);
        return lead;
    }

    private T Read<T>(Func<CrmTestContext, T> query)
    {
        using var context = _database.NewContext();
        return query(context);
    }

    [Fact]
    public async Task SaveChangeAsync_OfALeadVerb_UpdatesTheRow_AndPutsTheEventInTheOutbox()
    {
        var lead = await StoredLead();
        var change = _leads.MarkContacted(lead).Value;

        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveChangeAsync(change)).IsSuccess);
            Assert.Empty(context.ChangeTracker.Entries());
        }

        Assert.Equal(change.Lead, Read(c => c.Set<Lead>().AsNoTracking().Single()));
        Assert.Equal(2, change.Lead.Version);
        var message = Read(c => c.Set<LeadLifecycleOutboxMessage>().AsNoTracking().Single());
        Assert.Equal(("LeadStatusChanged", "Lead", lead.Id.Value, Now, (DateTimeOffset?)null), (message.EventType, message.RecordType, message.RecordId, message.OccurredAt, message.ProcessedAt));
        Assert.Equal(change.Event, LeadLifecycleJson.Deserialize<LeadStatusChanged>(message.Payload).Value);
    }

    [Fact]
    public async Task TwoChangesFromTheSameVersion_TheSecondIsAConcurrencyConflict_AndSavesNothing()
    {
        var lead = await StoredLead();
        var first = _leads.MarkContacted(lead).Value;
        var second = _leads.Disqualify(lead, "Budget").Value;

        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveChangeAsync(first)).IsSuccess);
        }

        using (var context = _database.NewContext())
        {
            var result = await context.SaveChangeAsync(second);

            var error = Assert.IsType<ConcurrencyConflictError>(Assert.Single(result.Errors));
            Assert.Equal((ErrorCodes.ConcurrencyConflict, "Lead", lead.Id.Value, 1L), (error.Code, error.RecordType, error.RecordId, error.ExpectedVersion));
            Assert.Equal(("Lead", lead.Id.Value, 1L), (error.Metadata["RecordType"], error.Metadata["RecordId"], error.Metadata["ExpectedVersion"]));
            Assert.Empty(context.ChangeTracker.Entries());
        }

        Assert.Equal(first.Lead, Read(c => c.Set<Lead>().AsNoTracking().Single()));
        Assert.Single(Read(c => c.Set<LeadLifecycleOutboxMessage>().AsNoTracking().ToList()));
    }

    [Fact]
    public async Task SaveChangeAsync_ReplacesAnInstanceOfTheLeadTheContextTracks()
    {
        await StoredLead();
        using var context = _database.NewContext();
        var tracked = await context.Set<Lead>().SingleAsync();

        var change = _leads.MarkContacted(tracked).Value;

        Assert.True((await context.SaveChangeAsync(change)).IsSuccess);
        Assert.Equal(change.Lead, Read(c => c.Set<Lead>().AsNoTracking().Single()));
    }

    [Fact]
    public async Task SaveUpdatedAsync_OfASignal_UpdatesTheLeadWithAVersionCheck()
    {
        var lead = await StoredLead();
        var signalled = _leads.RecordInterestShown(lead).Value;

        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveUpdatedAsync(signalled)).IsSuccess);
            Assert.IsType<ConcurrencyConflictError>(Assert.Single((await context.SaveUpdatedAsync(_leads.RecordMeetingAgreed(lead).Value)).Errors));
        }

        Assert.Equal(signalled, Read(c => c.Set<Lead>().AsNoTracking().Single()));
    }

    [Fact]
    public async Task SaveChangeAsync_OfAConversion_SavesEveryRecordTheHistoryAndBothEvents_InOneGo()
    {
        var lead = await StoredLead();
        var conversion = _converter.Convert(lead, new ConversionRequest("Closed - Converted")).Value;

        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveChangeAsync(conversion)).IsSuccess);
        }

        Assert.Equal(conversion.Lead, Read(c => c.Set<Lead>().AsNoTracking().Single()));
        Assert.Equal(conversion.Account, Read(c => c.Set<Account>().AsNoTracking().Single()));
        Assert.Equal(conversion.Contact, Read(c => c.Set<Contact>().AsNoTracking().Single()));
        Assert.Equal(conversion.Opportunity, Read(c => c.FindOpportunityAsync(conversion.Opportunity!.Id).GetAwaiter().GetResult()));
        var row = Read(c => c.Set<OpportunityHistoryRow>().AsNoTracking().Single());
        Assert.Equal(("Prospecting", 10, ForecastCategory.Pipeline, 0, Now), (row.Stage, row.Probability, row.ForecastCategory, row.Sequence, row.CreatedAt));
        var messages = Read(c => c.Set<LeadLifecycleOutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToList());
        Assert.Equal(["LeadConverted", "LeadStatusChanged"], messages.Select(m => m.EventType));
        Assert.Equal(conversion.Event, LeadLifecycleJson.Deserialize<LeadConverted>(messages[0].Payload).Value);
        Assert.Equal(conversion.StatusChanged, LeadLifecycleJson.Deserialize<LeadStatusChanged>(messages[1].Payload).Value);
    }

    [Fact]
    public async Task SaveChangeAsync_OfAConversionIntoAnExistingAccountChangedMeanwhile_IsAConflict_AndSavesNothing()
    {
        var lead = await StoredLead();
        var account = new Account { Id = new AccountId("001EXISTING"), Name = "Analytical Engines", Version = 3 };
        using (var context = _database.NewContext())
        {
            context.Add(account);
            await context.SaveChangesAsync();
        }

        var conversion = _converter.Convert(lead, new ConversionRequest("Closed - Converted") { ExistingAccount = account }).Value;
        using (var context = _database.NewContext())
        {
            // Someone else saves the account first.
            await context.Set<Account>().Where(a => a.Id == account.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Phone, "+44 20 0000 0000").SetProperty(a => a.Version, 4));
        }

        using (var context = _database.NewContext())
        {
            var error = Assert.IsType<ConcurrencyConflictError>(Assert.Single((await context.SaveChangeAsync(conversion)).Errors));
            Assert.Equal(("Account", "001EXISTING", 3L), (error.RecordType, error.RecordId, error.ExpectedVersion));
        }

        Assert.Equal(lead, Read(c => c.Set<Lead>().AsNoTracking().Single()));
        Assert.Empty(Read(c => c.Set<Contact>().ToList()));
        Assert.Empty(Read(c => c.Set<Opportunity>().ToList()));
        Assert.Empty(Read(c => c.Set<OpportunityHistoryRow>().ToList()));
        Assert.Empty(Read(c => c.Set<LeadLifecycleOutboxMessage>().ToList()));
        Assert.Equal("+44 20 0000 0000", Read(c => c.Set<Account>().AsNoTracking().Single()).Phone);
    }

    [Fact]
    public async Task ARefusedConversion_HasNothingToSave_AndTheDatabaseStaysAsItWas()
    {
        var lead = await StoredLead();

        var refused = _converter.Convert(lead, new ConversionRequest("Open - Not Contacted"));

        Assert.True(refused.IsFailed);
        Assert.Equal(lead, Read(c => c.Set<Lead>().AsNoTracking().Single()));
        Assert.Empty(Read(c => c.Set<Account>().ToList()));
        Assert.Empty(Read(c => c.Set<LeadLifecycleOutboxMessage>().ToList()));
    }

    [Fact]
    public async Task OpportunityVerbs_AppendTheirHistoryRow_EvenWhenTheOpportunityWasReadWithoutItsHistory()
    {
        var opportunity = _opportunities.Create(new Opportunity { Name = "Deal", CloseDate = new DateOnly(2026, 6, 30), Amount = 1000m }).Value;
        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveNewAsync(opportunity)).IsSuccess);
        }

        _clock.Advance(TimeSpan.FromDays(1));
        var withHistory = Read(c => c.FindOpportunityAsync(opportunity.Id).GetAwaiter().GetResult())!;
        var advanced = _opportunities.Advance(withHistory).Value;
        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveChangeAsync(advanced)).IsSuccess);
        }

        _clock.Advance(TimeSpan.FromDays(1));
        var withoutHistory = Read(c => c.Set<Opportunity>().AsNoTracking().Single());
        var overridden = _opportunities.OverrideForecastCategory(withoutHistory, ForecastCategory.BestCase).Value;
        var amount = _opportunities.ChangeAmount(overridden.Opportunity, 2000m).Value;
        using (var context = _database.NewContext())
        {
            Assert.True((await context.SaveChangeAsync(overridden)).IsSuccess);
            Assert.True((await context.SaveChangeAsync(amount)).IsSuccess);
        }

        var stored = Read(c => c.FindOpportunityAsync(opportunity.Id).GetAwaiter().GetResult())!;
        Assert.Equal(["Prospecting", "Qualification", "Qualification"], stored.History.Select(h => h.Stage));
        Assert.Equal([1000m, 1000m, 2000m], stored.History.Select(h => h.Amount!.Value));
        Assert.Equal(amount.Opportunity with { History = stored.History }, stored);
        Assert.Equal(["OpportunityStageChanged", "OpportunityFieldChanged", "OpportunityFieldChanged"], Read(c => c.Set<LeadLifecycleOutboxMessage>().OrderBy(m => m.Id).Select(m => m.EventType).ToList()));
    }

    [Fact]
    public async Task TheModel_MakesVersionTheConcurrencyToken_AndHonoursTheTablePrefix()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var context = new PrefixedContext(new DbContextOptionsBuilder<PrefixedContext>().UseSqlite(connection).Options);
        context.Database.EnsureCreated();

        foreach (var type in new[] { typeof(Lead), typeof(Account), typeof(Contact), typeof(Opportunity) })
        {
            var entity = context.Model.FindEntityType(type)!;
            Assert.True(entity.FindProperty("Version")!.IsConcurrencyToken, type.Name);
            Assert.StartsWith("crm_", entity.GetTableName(), StringComparison.Ordinal);
        }

        Assert.True((await context.SaveNewAsync(_leads.Create(new Lead { LastName = "L", Company = "C" }).Value)).IsSuccess);
    }

    /// <summary>A context with a table prefix: EF Core caches a model per context type, so options that change the
    /// model need their own context type (or an <c>IModelCacheKeyFactory</c>).</summary>
    private sealed class PrefixedContext(DbContextOptions<PrefixedContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyLeadLifecycleModel(new LeadLifecycleModelOptions { TablePrefix = "crm_" });
    }

    /// <summary>A clock the test moves.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public void Advance(TimeSpan by) => _now += by;
    }
}
