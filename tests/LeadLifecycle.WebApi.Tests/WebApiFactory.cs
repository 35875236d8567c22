using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadLifecycle.WebApi.Tests;

/// <summary>The web app over its real HTTP pipeline, on a real SQLite file of its own (one per test class).</summary>
public sealed class WebApiFactory : WebApplicationFactory<Program>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"leadlifecycle-webapi-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Crm", $"Data Source={_path}").UseEnvironment("Production");

    /// <summary>Runs a query on the app's database in a scope of its own.</summary>
    public async Task<T> Query<T>(Func<CrmDb, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDb>());
    }

    public Task<(int Leads, int Accounts, int Contacts, int Opportunities, int Outbox)> Counts() => Query(async db =>
        (await db.Leads.CountAsync(), await db.Accounts.CountAsync(), await db.Contacts.CountAsync(), await db.Opportunities.CountAsync(),
         await db.Set<LeadLifecycle.EntityFrameworkCore.LeadLifecycleOutboxMessage>().CountAsync()));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

/// <summary>Requests and answers of the tests.</summary>
internal static class Http
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> Send(HttpClient client, HttpMethod method, string url, object? json = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = json as HttpContent ?? JsonContent.Create(json);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 && text[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    public static Task<(HttpResponseMessage Response, JsonElement Body)> Post(HttpClient client, string url, object? json = null, string? ifMatch = null) =>
        Send(client, HttpMethod.Post, url, json, ifMatch);

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    public static string ETag(HttpResponseMessage response) => response.Headers.ETag?.Tag.Trim('"') ?? throw new InvalidOperationException("no ETag");

    public static async Task<(string Id, string ETag)> NewLead(HttpClient client, string company, string email)
    {
        var (response, body) = await Post(client, "/leads/web-to-lead", Form(("last_name", "Boxer"), ("first_name", "Bertha"), ("company", company), ("email", email)));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (body.GetProperty("id").GetString()!, ETag(response));
    }
}
