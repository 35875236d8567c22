using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FluentResults;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>Asynchronous bulk conversion: an async stream of leads, one result per lead in input order.</content>
/// <remarks>
/// The failure semantics of the synchronous bulk methods: a refused lead is a failed result and never affects another;
/// an exception from user code (the lead source, the request selector, the duplicate matcher, the id generator) or a
/// cancellation ends the sequence after the results of every earlier lead, in order, and no user code runs for a later
/// lead. Leads are converted one at a time, each matcher call awaited before the next, so a matcher over a scoped
/// <c>DbContext</c> is safe.
/// </remarks>
public sealed partial class LeadConverter
{
    /// <summary>Converts an async stream of leads with the same request, one by one, lazily, asking the options'
    /// duplicate matcher.</summary>
    /// <remarks>As <see cref="ConvertMany(IEnumerable{Lead}, Func{Lead, ConversionRequest}, CancellationToken)"/>, over an
    /// <see cref="IAsyncEnumerable{T}"/>. The token (or one given to <c>WithCancellation</c>) stops the sequence before
    /// the next lead with <see cref="OperationCanceledException"/>.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="request">The conversion options for every lead.</param>
    /// <param name="cancellationToken">Stops the conversion before the next lead.</param>
    /// <returns>One result per lead, in input order.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET pattern: every async overload ends with an optional CancellationToken (the agreed ConvertAsync shapes).")]
    public IAsyncEnumerable<Result<LeadConversion>> ConvertManyAsync(
        IAsyncEnumerable<Lead> leads, ConversionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(request);
        return SequentialAsync(leads, _ => request, matcher: null, cancellationToken);
    }

    /// <summary>Converts an async stream of leads with the same request, one by one, lazily, asking the given
    /// asynchronous duplicate matcher.</summary>
    /// <remarks>Each lead as
    /// <see cref="ConvertAsync(Lead, ConversionRequest, IAsyncDuplicateMatcher, CancellationToken)"/> converts it; the
    /// failure semantics of the class remarks.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="request">The conversion options for every lead.</param>
    /// <param name="duplicateMatcher">The matcher for this run; the options' matcher is not asked.</param>
    /// <param name="cancellationToken">Stops the conversion before the next lead and is passed to the matcher.</param>
    /// <returns>One result per lead, in input order.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET pattern: every async overload ends with an optional CancellationToken (the agreed ConvertAsync shapes).")]
    public IAsyncEnumerable<Result<LeadConversion>> ConvertManyAsync(
        IAsyncEnumerable<Lead> leads, ConversionRequest request, IAsyncDuplicateMatcher duplicateMatcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(duplicateMatcher);
        return SequentialAsync(leads, _ => request, duplicateMatcher, cancellationToken);
    }

    /// <summary>Converts an async stream of leads, each with its own request, one by one, lazily, asking the given
    /// asynchronous duplicate matcher.</summary>
    /// <remarks>As <see cref="ConvertManyAsync(IAsyncEnumerable{Lead}, ConversionRequest, IAsyncDuplicateMatcher, CancellationToken)"/>;
    /// the request selector runs on the enumerating flow, before the lead is converted.</remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="requestFor">Gives the conversion options for a lead.</param>
    /// <param name="duplicateMatcher">The matcher for this run; the options' matcher is not asked.</param>
    /// <param name="cancellationToken">Stops the conversion before the next lead and is passed to the matcher.</param>
    /// <returns>One result per lead, in input order.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET pattern: every async overload ends with an optional CancellationToken (the agreed ConvertAsync shapes).")]
    public IAsyncEnumerable<Result<LeadConversion>> ConvertManyAsync(
        IAsyncEnumerable<Lead> leads, Func<Lead, ConversionRequest> requestFor, IAsyncDuplicateMatcher duplicateMatcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(requestFor);
        ArgumentNullException.ThrowIfNull(duplicateMatcher);
        return SequentialAsync(leads, requestFor, duplicateMatcher, cancellationToken);
    }

    /// <summary>The async bulk loop: read a lead, pick its request, convert it (awaiting the matcher), hand the result
    /// out, with a cancellation check between every two steps, as the synchronous loop does.</summary>
    private async IAsyncEnumerable<Result<LeadConversion>> SequentialAsync(
        IAsyncEnumerable<Lead> leads,
        Func<Lead, ConversionRequest> requestFor,
        IAsyncDuplicateMatcher? matcher,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await foreach (var lead in leads.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(lead, nameof(leads));
            var request = requestFor(lead);
            cancellationToken.ThrowIfCancellationRequested();
            yield return matcher is null
                ? Convert(lead, request)
                : await ConvertWith(lead, request, matcher, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
