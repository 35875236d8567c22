using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeadLifecycle.AspNetCore.Tests;

/// <summary>A minimal API on a TestServer: the real ASP.NET Core pipeline without a socket.</summary>
internal static class TestHost
{
    public static async Task<WebApplication> StartAsync(Action<IServiceCollection> services, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        services(builder.Services);
        var app = builder.Build();
        map?.Invoke(app);
        await app.StartAsync();
        return app;
    }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LeadLifecycle.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("LeadLifecycle.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
