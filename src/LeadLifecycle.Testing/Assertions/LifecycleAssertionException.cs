namespace LeadLifecycle.Testing;

/// <summary>Thrown by the kit's assertions (<see cref="ResultAssertions"/>) and by
/// <see cref="RunTrace{TRecord, TStep}.ShouldHoldInvariants"/> when what a test expected did not happen.</summary>
/// <remarks>Any test framework reports an unhandled exception as a failed test, with this message: it lists every
/// error (code, message and metadata) or every broken invariant with the steps that led to it.</remarks>
public sealed class LifecycleAssertionException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public LifecycleAssertionException()
        : base("A lifecycle assertion failed.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What was expected and what came instead.</param>
    public LifecycleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What was expected and what came instead.</param>
    /// <param name="innerException">The exception that caused the failure.</param>
    public LifecycleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
