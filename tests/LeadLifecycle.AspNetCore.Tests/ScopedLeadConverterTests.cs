using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeadLifecycle.AspNetCore.Tests;

public class ScopedLeadConverterTests
{
    private static Task<WebApplication> Host() => TestHost.StartAsync(
        s => s.AddScoped<FakeAccounts>().AddLeadLifecycle().AddLeadLifecycleDuplicateMatcher<AccountsMatcher>(),
        app => app.MapPost("/convert", async (Lead lead, ScopedLeadConverter converter, CancellationToken cancellationToken) =>
            (await converter.ConvertAsync(lead, new ConversionRequest("Closed - Converted"), cancellationToken)).ToHttpResult(c => TypedResults.Ok(c.Lead))));

    private static Lead NewLead(WebApplication app, string company) =>
        app.Services.GetRequiredService<LeadWorkflow>().Create(new Lead { LastName = "L", Company = company }).Value;

    [Fact]
    public async Task ConvertAsync_WithAMatchInThisScopesStore_Answers409WithTheMatches()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().PostAsJsonAsync("/convert", NewLead(app, "Acme"), Serialization.LeadLifecycleJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(("DUPLICATES_DETECTED", "001-acme"), (error.GetProperty("code").GetString(), error.GetProperty("matchingAccounts")[0].GetString()));
    }

    [Fact]
    public async Task ConvertAsync_WithoutAMatch_Converts()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().PostAsJsonAsync("/convert", NewLead(app, "Globex"), Serialization.LeadLifecycleJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("isConverted").GetBoolean());
    }

    [Fact]
    public async Task AddLeadLifecycleDuplicateMatcher_GivesEachScopeItsOwnMatcherAndOneConverter()
    {
        await using var app = await Host();

        using var one = app.Services.CreateScope();
        using var two = app.Services.CreateScope();
        var first = one.ServiceProvider.GetRequiredService<ScopedLeadConverter>();
        var second = two.ServiceProvider.GetRequiredService<ScopedLeadConverter>();

        Assert.NotSame(first, second);
        Assert.NotSame(one.ServiceProvider.GetRequiredService<IAsyncDuplicateMatcher>(), two.ServiceProvider.GetRequiredService<IAsyncDuplicateMatcher>());
        Assert.Same(first.Converter, second.Converter);
        Assert.Same(one.ServiceProvider.GetRequiredService<IAsyncDuplicateMatcher>(), one.ServiceProvider.GetRequiredService<IAsyncDuplicateMatcher>());
    }

    [Fact]
    public void AddLeadLifecycleDuplicateMatcher_FromTheRootProvider_IsRefusedAsScoped()
    {
        var services = new ServiceCollection().AddScoped<FakeAccounts>().AddLeadLifecycle().AddLeadLifecycleDuplicateMatcher<AccountsMatcher>();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ScopedLeadConverter>());
    }

    [Fact]
    public async Task ConvertAsync_WhenCancelled_DoesNotConvert()
    {
        await using var app = await Host();
        using var scope = app.Services.CreateScope();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await scope.ServiceProvider.GetRequiredService<ScopedLeadConverter>().ConvertAsync(NewLead(app, "Globex"), new ConversionRequest("Closed - Converted"), cancelled.Token));
    }

    /// <summary>A scoped store, as a DbContext would be.</summary>
    private sealed class FakeAccounts
    {
        public Dictionary<string, AccountId> ByName { get; } = new(StringComparer.OrdinalIgnoreCase) { ["Acme"] = new AccountId("001-acme") };
    }

    private sealed class AccountsMatcher(FakeAccounts accounts) : IAsyncDuplicateMatcher
    {
        public async ValueTask<IReadOnlyList<AccountId>> FindMatchingAccountsAsync(Lead lead, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            return lead.Company is { } company && accounts.ByName.TryGetValue(company, out var id) ? [id] : [];
        }

        public async ValueTask<IReadOnlyList<ContactId>> FindMatchingContactsAsync(Lead lead, CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return [];
        }
    }
}
