namespace LeadLifecycle.Errors;

/// <summary>Sentences shared by several error messages.</summary>
internal static class ErrorText
{
    /// <summary>The sentence that lists the stages a verb may lead to, or nothing when none are listed.</summary>
    /// <param name="stages">The stages, or null.</param>
    /// <returns>The sentence, with a leading space, or an empty string.</returns>
    public static string PermittedStages(IReadOnlyList<string>? stages) =>
        stages is null || stages.Count == 0 ? string.Empty : $" Permitted from here: {Quoted(stages)}.";

    /// <summary>Quotes and joins values: <c>'A', 'B'</c>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The list as text.</returns>
    public static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
