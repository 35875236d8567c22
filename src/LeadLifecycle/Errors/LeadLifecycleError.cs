using FluentResults;

namespace LeadLifecycle.Errors;

/// <summary>The base of every expected failure the library returns in a failed <c>Result</c>.</summary>
/// <remarks>
/// Each failure reason is its own sealed subclass with a stable <see cref="Code"/> from <see cref="ErrorCodes"/>;
/// match them with <c>result.HasError&lt;T&gt;()</c>. A new instance is created for every failure.
/// </remarks>
public abstract class LeadLifecycleError : Error
{
    /// <summary>Initializes a new instance of the <see cref="LeadLifecycleError"/> class.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="message">The human-readable message.</param>
    protected LeadLifecycleError(string code, string message)
        : base(message)
    {
        Code = code;
        Metadata[nameof(Code)] = code;
    }

    /// <summary>Gets the stable, documented code of this failure, e.g. <c>REQUIRED_FIELD_MISSING</c>.</summary>
    public string Code { get; }
}
