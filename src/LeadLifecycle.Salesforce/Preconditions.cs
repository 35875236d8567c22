using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace LeadLifecycle.Salesforce;

/// <summary>Argument checks for contract violations; bad user data goes through results instead.</summary>
internal static class Preconditions
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
