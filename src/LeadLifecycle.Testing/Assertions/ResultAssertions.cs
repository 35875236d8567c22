using FluentResults;

namespace LeadLifecycle.Testing;

/// <summary>Assertions on FluentResults results that work in any test framework: on failure they throw a
/// <see cref="LifecycleAssertionException"/> whose message shows every error's code, message and metadata.</summary>
public static class ResultAssertions
{
    /// <summary>Asserts that a result succeeded.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="LifecycleAssertionException">The result failed; the message lists every error.</exception>
    public static void ShouldSucceed(this Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsFailed)
        {
            throw new LifecycleAssertionException(ResultText.ExpectedSuccess(result));
        }
    }

    /// <summary>Asserts that a result succeeded and returns its value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The result's value.</returns>
    /// <exception cref="LifecycleAssertionException">The result failed; the message lists every error.</exception>
    public static T ShouldSucceed<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsFailed)
        {
            throw new LifecycleAssertionException(ResultText.ExpectedSuccess(result));
        }

        return result.Value;
    }

    /// <summary>Asserts that a result failed with an error of the given type and returns that error.</summary>
    /// <remarks>Errors are searched among the result's errors and their reasons (<see cref="IError.Reasons"/>),
    /// depth first; the first match is returned.</remarks>
    /// <typeparam name="TError">The expected error type, e.g. <c>LeadTransitionNotPermittedError</c>.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The first error of type <typeparamref name="TError"/>.</returns>
    /// <exception cref="LifecycleAssertionException">The result succeeded (the message shows the value), or failed
    /// with other errors only (the message lists them).</exception>
    public static TError ShouldFailWith<TError>(this IResultBase result)
        where TError : IError
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsSuccess)
        {
            throw new LifecycleAssertionException(
                $"Expected a failure with {typeof(TError).Name}, but the result succeeded{ResultText.ValueSuffix(result)}.");
        }

        if (Find<TError>(result.Errors) is { } match)
        {
            return match;
        }

        throw new LifecycleAssertionException(
            $"Expected a failure with {typeof(TError).Name}, but the result failed with {ResultText.Errors(result.Errors)}");
    }

    private static TError? Find<TError>(IEnumerable<IError> errors)
        where TError : IError
    {
        foreach (var error in errors)
        {
            if (error is TError match)
            {
                return match;
            }

            if (Find<TError>(error.Reasons) is { } nested)
            {
                return nested;
            }
        }

        return default;
    }
}
