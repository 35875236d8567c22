using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace LeadLifecycle.Testing;

/// <summary>Runs an FsCheck property and returns its shrunk counterexample instead of throwing: to assert what a
/// property finds (e.g. that a broken pipeline is caught, and how short the evidence is), in any test framework.</summary>
public static class LifecycleCheck
{
    /// <summary>Checks a property on values of an arbitrary and returns the counterexample, shrunk, if one is found.</summary>
    /// <remarks>FsCheck shrinks by trying the arbitrary's shrink candidates and keeping the first that still fails,
    /// until none fails: the last failing value it evaluates is the shrunk counterexample. Nothing is printed.</remarks>
    /// <typeparam name="T">The value type, e.g. <c>LeadStep[]</c>.</typeparam>
    /// <param name="arbitrary">The values to try, with their shrinker, e.g. <see cref="LifecycleArbitraries.LeadSteps"/>.</param>
    /// <param name="property">Returns true when the property holds; an exception counts as a failure.</param>
    /// <param name="maxTest">How many values to try at most (default 100).</param>
    /// <returns>The counterexample, or null when the property held for every value tried.</returns>
    public static Counterexample<T>? FindCounterexample<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest = 100)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        ArgumentNullException.ThrowIfNull(property);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTest, 1);
        var found = false;
        T original = default!;
        T shrunk = default!;
        var failure = string.Empty;
        var checkedProperty = Prop.ForAll(arbitrary, (T value) =>
        {
            var (holds, why) = Evaluate(property, value);
            if (!holds)
            {
                if (!found)
                {
                    original = value;
                    found = true;
                }

                shrunk = value;
                failure = why;
            }

            return holds;
        });
        Check.One(Config.Quick.WithMaxTest(maxTest).WithRunner(new SilentRunner()), checkedProperty);
        return found ? new Counterexample<T>(original, shrunk, failure) : null;
    }

    private static (bool Holds, string Why) Evaluate<T>(Func<T, bool> property, T value)
    {
        try
        {
            return property(value) ? (true, string.Empty) : (false, "returned false");
        }
#pragma warning disable CA1031 // A property that throws has failed; the exception's message is the evidence.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (false, exception.Message);
        }
    }

    /// <summary>A runner that reports nothing: the counterexample is returned, not printed.</summary>
    private sealed class SilentRunner : IRunner
    {
        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult)
        {
        }
    }
}
