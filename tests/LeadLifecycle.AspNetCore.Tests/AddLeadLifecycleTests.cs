using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.AspNetCore.Tests;

public class AddLeadLifecycleTests
{
    [Fact]
    public async Task AddLeadLifecycle_RegistersTheDefinitionsWorkflowsAndConverterAsSingletons()
    {
        await using var app = await TestHost.StartAsync(s => s.AddLeadLifecycle(o => o.LeadProcess = LeadProcess.SalesforceNewer));

        using var one = app.Services.CreateScope();
        using var two = app.Services.CreateScope();
        Assert.Same(one.ServiceProvider.GetRequiredService<LeadWorkflow>(), two.ServiceProvider.GetRequiredService<LeadWorkflow>());
        Assert.Same(one.ServiceProvider.GetRequiredService<LeadConverter>(), two.ServiceProvider.GetRequiredService<LeadConverter>());
        Assert.Same(LeadProcess.SalesforceNewer, app.Services.GetRequiredService<LeadProcess>());
        Assert.Same(LeadProcess.SalesforceNewer, app.Services.GetRequiredService<LeadConverter>().Process);
        Assert.Same(SalesProcess.Default, app.Services.GetRequiredService<OpportunityWorkflow>().Process);
        Assert.Same(SalesProcess.Default, app.Services.GetRequiredService<LeadConverter>().SalesProcess);
    }

    [Fact]
    public async Task AddLeadLifecycle_UsesTheContainersClockAndIdGenerator()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero));
        await using var app = await TestHost.StartAsync(s => s.AddSingleton<TimeProvider>(time).AddSingleton<IIdGenerator, CountingIds>().AddLeadLifecycle());

        var lead = app.Services.GetRequiredService<LeadWorkflow>().Create(new Lead { LastName = "L", Company = "C" }).Value;

        Assert.Equal((time.GetUtcNow(), new LeadId("lead-1")), (lead.CreatedAt, lead.Id));
    }

    [Fact]
    public async Task AddLeadLifecycle_WithTheSalesProcessOption_GivesItToTheConverterToo()
    {
        await using var app = await TestHost.StartAsync(s => s.AddLeadLifecycle(o =>
        {
            o.SalesProcess = SalesProcess.HubSpotDefault;
            o.Converter = new LeadConverterOptions { SalesProcess = SalesProcess.SalesforceDefault };
        }));

        Assert.Same(SalesProcess.HubSpotDefault, app.Services.GetRequiredService<LeadConverter>().SalesProcess);
    }

    [Fact]
    public async Task Startup_WithAnInvalidProcessDefinition_FailsWithTheLibrarysMessage()
    {
        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => TestHost.StartAsync(s => s.AddLeadLifecycle(o =>
            o.LeadProcess = new LeadProcessBuilder("Broken").AddOpenStatus("Open", isDefault: true).Build())));

        Assert.Contains("converted", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Startup_WithOptionsTheConverterRefuses_FailsWithTheLibrarysMessage()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(s => s.AddLeadLifecycle(o =>
            o.Converter = new LeadConverterOptions { FiscalYearStartMonth = 13 })));

        Assert.Contains("LeadLifecycleOptions: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("FiscalYearStartMonth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLeadLifecycle_CalledTwice_RegistersTheComponentsOnce()
    {
        var services = new ServiceCollection().AddLeadLifecycle().AddLeadLifecycle(o => o.LeadProcess = LeadProcess.Dynamics365);

        Assert.Single(services, d => d.ServiceType == typeof(LeadWorkflow));
        using var provider = services.BuildServiceProvider();
        Assert.Same(LeadProcess.Dynamics365, provider.GetRequiredService<LeadWorkflow>().Process);
    }

    private sealed class CountingIds : IIdGenerator
    {
        private int _next;

        public LeadId NewLeadId() => new($"lead-{Interlocked.Increment(ref _next)}");

        public AccountId NewAccountId() => new($"account-{Interlocked.Increment(ref _next)}");

        public ContactId NewContactId() => new($"contact-{Interlocked.Increment(ref _next)}");

        public OpportunityId NewOpportunityId() => new($"opportunity-{Interlocked.Increment(ref _next)}");
    }
}
