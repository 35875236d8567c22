using System.Collections;
using System.Globalization;
using FluentResults;

namespace LeadLifecycle.Errors;

/// <summary>The base of every expected failure the library returns in a failed <c>Result</c>.</summary>
/// <remarks>
/// Each failure reason is its own sealed subclass with a stable <see cref="Code"/> from <see cref="ErrorCodes"/>;
/// match them with <c>result.HasError&lt;T&gt;()</c>. A new instance is created for every failure.
/// Every detail an error carries as a property is also an entry of <c>Metadata</c> whose key is the
/// property's name (the keys are listed in <see cref="ErrorMetadataKeys"/>), so a host can copy the metadata into a
/// response without a type switch. The values are JSON-friendly: a string (also for ids, enums and dates), a number,
/// a bool, a <c>string[]</c> (for every list), or null when the property is null.
/// </remarks>
public abstract class LeadLifecycleError : Error
{
    /// <summary>Initializes a new instance of the <see cref="LeadLifecycleError"/> class.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="message">The human-readable message.</param>
    protected LeadLifecycleError(string code, string message)
        : base(message)
    {
        Code = code;
        Metadata[nameof(Code)] = code;
    }

    /// <summary>Gets the stable, documented code of this failure, e.g. <c>REQUIRED_FIELD_MISSING</c>.</summary>
    public string Code { get; }

    /// <summary>Adds details to <c>Metadata</c>, each under the name of the property that carries it,
    /// converted to a JSON-friendly value.</summary>
    /// <remarks>Call it once at the end of a constructor: <c>AddMetadata((nameof(Field), Field), (nameof(Value), Value));</c>.
    /// Ids, enums and other values become their invariant text, lists become <c>string[]</c>, numbers and booleans
    /// stay as they are, null stays null.</remarks>
    /// <param name="details">The details, each as the property's name and its value.</param>
    protected void AddMetadata(params ReadOnlySpan<(string Key, object? Value)> details)
    {
        foreach (var (key, value) in details)
        {
            Metadata[key] = ToMetadataValue(value)!;
        }
    }

    /// <summary>Converts a detail to the value stored in the metadata: string, number, bool, string[] or null.</summary>
    /// <param name="value">The detail.</param>
    /// <returns>The JSON-friendly value.</returns>
    internal static object? ToMetadataValue(object? value) => value switch
    {
        null => null,
        string text => text,
        bool or int or long or short or byte or decimal or double or float => value,
        Enum member => member.ToString(),
        IEnumerable items => items.Cast<object?>().Select(ToText).ToArray(),
        _ => ToText(value),
    };

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
