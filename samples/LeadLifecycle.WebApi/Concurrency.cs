using System.Globalization;
using FluentResults;
using LeadLifecycle.AspNetCore;
using LeadLifecycle.Errors;

namespace LeadLifecycle.WebApi;

/// <summary>Optimistic concurrency over HTTP: every record's <c>Version</c> is its ETag; a change must send it back
/// in <c>If-Match</c>, and a stale one answers 409 <c>CONCURRENCY_CONFLICT</c> before the verb runs. A request that
/// loses the race after this check gets the same answer from the save (the EF package compares versions in SQL).</summary>
internal static class Concurrency
{
    /// <summary>Sets the response's ETag to a record's version.</summary>
    public static T Tagged<T>(HttpContext context, T body, long version)
    {
        context.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\""; // glue
        return body;
    }

    /// <summary>Refuses a change whose If-Match is missing or not a version (428) or not the stored version (409).</summary>
    public static IResult? Refusal(HttpRequest request, string recordType, string recordId, long storedVersion)
    {
        if (!long.TryParse(request.Headers.IfMatch.ToString().Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var expected)) // glue
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, detail: "Send If-Match with the ETag (the Version) of the record you read."); // glue
        }

        return expected == storedVersion ? null : Result.Fail(new ConcurrencyConflictError(recordType, recordId, expected)).ToProblem(); // glue
    }
}
