using System.Runtime.CompilerServices;
using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <summary>Makes the successful result of one imported record, as <see cref="Result.Ok{TValue}(TValue)"/> does, without
/// its check that the new, empty result has no errors.</summary>
/// <remarks>FluentResults' <c>Result.Ok</c> sets the value through a setter that first asks <c>IsFailed</c>, which
/// enumerates the reasons through a LINQ <c>OfType</c> iterator: 48 bytes and about a tenth of the per-row time of a CSV
/// import (measured over 1,000,000 rows). A new result has no reasons, so the check can never fail; the value is set
/// through FluentResults' own <c>ValueOrDefault</c> setter instead. That setter is private: if a FluentResults version
/// renamed it, the first import would throw <see cref="MissingMethodException"/> (every import test would fail), never
/// return a wrong result.</remarks>
/// <typeparam name="TRecord">The record type.</typeparam>
internal static class SuccessfulResult<TRecord>
{
    /// <summary>A successful result holding the record, with no reasons.</summary>
    public static Result<TRecord> Of(TRecord record)
    {
        var result = new Result<TRecord>();
        SetValue(result, record);
        return result;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ValueOrDefault")]
    private static extern void SetValue(Result<TRecord> result, TRecord value);
}
