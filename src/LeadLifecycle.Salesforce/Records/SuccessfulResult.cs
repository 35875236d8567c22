using System.Runtime.CompilerServices;
using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <summary>Makes the successful result of one imported record, as <see cref="Result.Ok{TValue}(TValue)"/> does, without
/// its check that the new, empty result has no errors.</summary>
/// <remarks>FluentResults' <c>Result.Ok</c> sets the value through a setter that first asks <c>IsFailed</c>, which
/// enumerates the reasons through a LINQ <c>OfType</c> iterator: 48 bytes and about a tenth of the per-row time of a CSV
/// import (measured over 1,000,000 rows). A new result has no reasons, so the check can never fail; the value is set
/// through FluentResults' own <c>ValueOrDefault</c> setter instead. That setter is private, so an application that
/// upgrades FluentResults could meet a version without it: the setter is tried once per record type, and where it is
/// missing (or does not set the value) every result is made by <c>Result.Ok</c>, slower and the same.
/// <see cref="IsFast"/> tells which; a test holds it true for the FluentResults version this package is built with.</remarks>
/// <typeparam name="TRecord">The record type.</typeparam>
internal static class SuccessfulResult<TRecord>
{
    /// <summary>Gets a value indicating whether results are made through the setter (true) or by <c>Result.Ok</c>.</summary>
    public static bool IsFast { get; } = SetterWorks();

    /// <summary>A successful result holding the record, with no reasons.</summary>
    public static Result<TRecord> Of(TRecord record)
    {
        if (!IsFast)
        {
            return Result.Ok(record);
        }

        var result = new Result<TRecord>();
        SetValue(result, record);
        return result;
    }

    private static bool SetterWorks()
    {
        try
        {
            var probe = new Result<TRecord>();
            SetValue(probe, default!);
            return probe.IsSuccess && probe.Reasons.Count == 0;
        }
        catch (MissingMethodException)
        {
            return false;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ValueOrDefault")]
    private static extern void SetValue(Result<TRecord> result, TRecord value);
}
