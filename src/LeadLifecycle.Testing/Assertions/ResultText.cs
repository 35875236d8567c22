using System.Collections;
using System.Globalization;
using System.Text;
using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Testing;

/// <summary>Readable text of results and errors for assertion and trace messages.</summary>
internal static class ResultText
{
    public static string ExpectedSuccess(IResultBase result) =>
        $"Expected a successful result, but it failed with {Errors(result.Errors)}";

    public static string ValueSuffix(IResultBase result)
    {
        var type = result.GetType();
        if (!type.IsGenericType)
        {
            return string.Empty;
        }

        var value = type.GetProperty("ValueOrDefault")?.GetValue(result);
        return value is null ? string.Empty : $" with {value}";
    }

    /// <summary>"2 errors:" followed by one indented block per error: code, message, metadata, reasons.</summary>
    public static string Errors(IReadOnlyCollection<IError> errors)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}:");
        foreach (var error in errors)
        {
            Append(text, error, "  ");
        }

        return text.ToString();
    }

    /// <summary>One line per error: its code (or type name) and message.</summary>
    public static string Summary(IEnumerable<IError> errors) =>
        string.Join("; ", errors.Select(e => $"{Code(e)}: {e.Message}"));

    public static string Code(IError error) => error is LeadLifecycleError known ? known.Code : error.GetType().Name;

    public static string Value(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Append(StringBuilder text, IError error, string indent)
    {
        text.AppendLine().Append(indent).Append("- ").Append(Code(error)).Append(": ").Append(error.Message);
        var details = error.Metadata.Where(m => m.Key != nameof(LeadLifecycleError.Code)).ToArray();
        if (details.Length > 0)
        {
            text.AppendLine().Append(indent).Append("    ")
                .AppendJoin("; ", details.Select(m => $"{m.Key} = {Value(m.Value)}"));
        }

        foreach (var reason in error.Reasons)
        {
            Append(text, reason, indent + "    ");
        }
    }
}
