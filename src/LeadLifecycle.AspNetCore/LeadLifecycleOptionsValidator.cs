using LeadLifecycle.Errors;
using Microsoft.Extensions.Options;

namespace LeadLifecycle.AspNetCore;

/// <summary>Validates <see cref="LeadLifecycleOptions"/> at startup by building what they describe.</summary>
internal sealed class LeadLifecycleOptionsValidator(IServiceProvider services) : IValidateOptions<LeadLifecycleOptions>
{
    public ValidateOptionsResult Validate(string? name, LeadLifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.LeadProcess is null || options.SalesProcess is null)
        {
            return ValidateOptionsResult.Fail("LeadLifecycleOptions: LeadProcess and SalesProcess must be set.");
        }

        try
        {
            _ = LeadLifecycleComponents.Create(options, services);
            return ValidateOptionsResult.Success;
        }
        catch (Exception error) when (error is ArgumentException or InvalidDefinitionException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail($"LeadLifecycleOptions: {error.Message}");
        }
    }
}
