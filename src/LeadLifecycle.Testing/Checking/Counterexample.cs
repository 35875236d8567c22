using System.Collections;

namespace LeadLifecycle.Testing;

/// <summary>A value for which a property failed: the one FsCheck found first, and what it shrank to.</summary>
/// <typeparam name="T">The value type, e.g. a step sequence.</typeparam>
/// <param name="Original">The first failing value FsCheck generated.</param>
/// <param name="Shrunk">The simplest failing value shrinking reached.</param>
/// <param name="Failure">Why the property failed on <see cref="Shrunk"/>: "returned false" or the exception's
/// message (for <see cref="RunTrace{TRecord, TStep}.ShouldHoldInvariants"/>, the trace).</param>
public sealed record Counterexample<T>(T Original, T Shrunk, string Failure)
{
    /// <summary>Gets the shrunk value (a sequence as <c>[MarkContacted, MoveTo("Working")]</c>) and the failure.</summary>
    /// <returns>Two or more lines.</returns>
    public override string ToString() => $"Counterexample: {Text(Shrunk)}{Environment.NewLine}{Failure}";

    private static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
