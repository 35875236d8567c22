using System.Diagnostics.CodeAnalysis;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadLifecycle.AspNetCore;

/// <summary>Registers LeadLifecycle in an ASP.NET Core host.</summary>
public static class LeadLifecycleServiceCollectionExtensions
{
    /// <summary>Registers the lead process, the sales process, <see cref="LeadWorkflow"/>, <see cref="OpportunityWorkflow"/>
    /// and <see cref="LeadConverter"/> as singletons, validates their options when the host starts, and adds the
    /// library's JSON wire format to the minimal API and MVC JSON options.</summary>
    /// <remarks>
    /// The definitions and the workflows are immutable and safe to share, hence singletons. The options are validated
    /// at startup (<c>ValidateOnStart</c>): options the workflows or the converter refuse fail with the library's
    /// message, and an invalid definition built in <paramref name="configure"/> throws the library's
    /// <c>InvalidDefinitionException</c> then, not at the first request. The JSON setup is
    /// <c>JsonSerializerOptions.AddLeadLifecycle()</c> applied to <c>Microsoft.AspNetCore.Http.Json.JsonOptions</c> and
    /// <c>Microsoft.AspNetCore.Mvc.JsonOptions</c>. Calling this again adds another configure delegate only.
    /// </remarks>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the definitions and options; null keeps the defaults.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddLeadLifecycle(this IServiceCollection services, Action<LeadLifecycleOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<LeadLifecycleOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(LeadLifecycleComponents)))
        {
            return services;
        }

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<LeadLifecycleOptions>, LeadLifecycleOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => LeadLifecycleComponents.Create(sp.GetRequiredService<IOptions<LeadLifecycleOptions>>().Value, sp));
        services.AddSingleton(sp => sp.GetRequiredService<LeadLifecycleComponents>().LeadWorkflow.Process);
        services.AddSingleton(sp => sp.GetRequiredService<LeadLifecycleComponents>().OpportunityWorkflow.Process);
        services.AddSingleton(sp => sp.GetRequiredService<LeadLifecycleComponents>().LeadWorkflow);
        services.AddSingleton(sp => sp.GetRequiredService<LeadLifecycleComponents>().OpportunityWorkflow);
        services.AddSingleton(sp => sp.GetRequiredService<LeadLifecycleComponents>().Converter);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.AddLeadLifecycle());
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => json.JsonSerializerOptions.AddLeadLifecycle());
        return services;
    }

    /// <summary>Registers <typeparamref name="TMatcher"/> as the scoped <see cref="IAsyncDuplicateMatcher"/> and
    /// <see cref="ScopedLeadConverter"/>, which converts with the singleton <see cref="LeadConverter"/> and this
    /// request's matcher, without blocking.</summary>
    /// <remarks>For a matcher that queries a scoped <c>DbContext</c>: the converter stays a singleton, the matcher
    /// lives as long as the request. Call <see cref="AddLeadLifecycle"/> too.</remarks>
    /// <typeparam name="TMatcher">The matcher, resolved from the container per scope.</typeparam>
    /// <param name="services">The host's services.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddLeadLifecycleDuplicateMatcher<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TMatcher>(this IServiceCollection services)
        where TMatcher : class, IAsyncDuplicateMatcher
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<IAsyncDuplicateMatcher, TMatcher>();
        services.TryAddScoped<ScopedLeadConverter>();
        return services;
    }
}
