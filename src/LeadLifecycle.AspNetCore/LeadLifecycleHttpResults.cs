using System.Text.Json;
using FluentResults;
using LeadLifecycle.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace LeadLifecycle.AspNetCore;

/// <summary>Turns the library's results into HTTP results: a success into its value, a refusal into ProblemDetails
/// (RFC 9457) with a status per error code and every error's details.</summary>
public static class LeadLifecycleHttpResults
{
    /// <summary>The ProblemDetails <c>type</c> of a refusal: the README's error catalogue.</summary>
    public const string ProblemType = "https://github.com/leadlifecycle/leadlifecycle/blob/main/README.md#error-codes";

    /// <summary>Turns a failed result into a ProblemDetails response.</summary>
    /// <remarks>
    /// The status is the first error's (<see cref="LeadLifecycleStatusCodes.For"/>; 500 for an error that is not the
    /// library's, e.g. an exception caught into the result): the library puts the main reason first. The body:
    /// <c>title</c> the status's reason phrase, <c>detail</c> the errors' messages, <c>type</c> <see cref="ProblemType"/>,
    /// and the extensions <c>code</c> (the first error's code) and <c>errors</c>: per error its <c>Metadata</c> (code and
    /// every typed detail, keys in camelCase), its <c>message</c>, and the same for the errors that caused it
    /// (<c>causes</c>).
    /// </remarks>
    /// <param name="result">A failed result.</param>
    /// <returns>The ProblemDetails response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> succeeded.</exception>
    public static IResult ToProblem(this IResultBase result)
    {
        var problem = ToProblemDetails(result);
        return TypedResults.Problem(problem);
    }

    /// <summary>Builds the ProblemDetails of a failed result, as <see cref="ToProblem"/> answers with.</summary>
    /// <param name="result">A failed result.</param>
    /// <returns>The ProblemDetails.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> succeeded.</exception>
    public static ProblemDetails ToProblemDetails(this IResultBase result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsSuccess)
        {
            throw new ArgumentException("The result succeeded: only a failed result is a problem.", nameof(result));
        }

        var first = result.Errors[0];
        var status = first is LeadLifecycleError library ? LeadLifecycleStatusCodes.For(library.Code) : StatusCodes.Status500InternalServerError;
        var problem = new ProblemDetails
        {
            Type = ProblemType,
            Status = status,
            Title = ReasonPhrases.GetReasonPhrase(status),
            Detail = string.Join(" ", result.Errors.Select(e => e.Message)),
        };
        problem.Extensions["code"] = first is LeadLifecycleError { Code: var code } ? code : null;
        problem.Extensions["errors"] = result.Errors.Select(Describe).ToArray();
        return problem;
    }

    /// <summary>Answers 200 with the value of a successful result, or the ProblemDetails of a failed one.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The HTTP result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IResult ToHttpResult<T>(this Result<T> result) => ToHttpResult(result, value => TypedResults.Ok(value));

    /// <summary>Answers with <paramref name="onSuccess"/> for a successful result, or the ProblemDetails of a failed one.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="onSuccess">The response for the value, e.g. <c>lead =&gt; TypedResults.Created(...)</c>.</param>
    /// <returns>The HTTP result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="onSuccess"/> is null.</exception>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : result.ToProblem();
    }

    private static Dictionary<string, object?> Describe(IError error)
    {
        var entry = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in error.Metadata)
        {
            entry[JsonNamingPolicy.CamelCase.ConvertName(key)] = value;
        }

        entry["message"] = error.Message;
        var causes = error.Reasons.OfType<IError>().ToArray();
        if (causes.Length > 0)
        {
            entry["causes"] = causes.Select(Describe).ToArray();
        }

        return entry;
    }
}
