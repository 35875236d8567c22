using FluentResults;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The import's successful result is what <see cref="Result.Ok{TValue}(TValue)"/> makes.</summary>
public class SuccessfulResultTests
{
    [Fact]
    public void Of_IsASuccessHoldingTheRecord_WithNoReasons_AsResultOkIs()
    {
        var record = new object();
        var made = SuccessfulResult<object>.Of(record);
        var expected = Result.Ok(record);

        Assert.Equal((expected.IsSuccess, expected.IsFailed, expected.Reasons.Count), (made.IsSuccess, made.IsFailed, made.Reasons.Count));
        Assert.Same(record, made.Value);
        Assert.Same(record, made.ValueOrDefault);
    }

    /// <summary>With the FluentResults version this package is built with, the fast path is taken (a FluentResults
    /// upgrade that drops the setter fails here, and users of that version get <c>Result.Ok</c>'s results).</summary>
    [Fact]
    public void IsFast_WithTheFluentResultsVersionBuiltAgainst()
    {
        Assert.True(SuccessfulResult<object>.IsFast);
        Assert.True(SuccessfulResult<int>.IsFast);
    }

    [Fact]
    public void Of_GivesAFreshResultEachTime()
    {
        var first = SuccessfulResult<string>.Of("a");
        var second = SuccessfulResult<string>.Of("a");

        first.WithSuccess("warning");

        Assert.NotSame(first, second);
        Assert.Empty(second.Reasons);
    }
}
