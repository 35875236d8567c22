using System.Diagnostics.CodeAnalysis;
using FluentResults;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>Conversion with an asynchronous duplicate matcher: the same checks and records as
/// <see cref="Convert"/>; only the matcher call is awaited.</content>
public sealed partial class LeadConverter
{
    /// <summary>Converts a lead as <see cref="Convert"/> does, asking the options' duplicate matcher
    /// (<see cref="LeadConverterOptions.DuplicateMatcher"/>), if any.</summary>
    /// <remarks>The same result as <see cref="Convert"/> for the same inputs, errors included (see there); completes
    /// synchronously, since the options' matcher is synchronous. For a matcher that does I/O use the overload that takes
    /// an <see cref="IAsyncDuplicateMatcher"/>.</remarks>
    /// <param name="lead">The lead; it is not changed.</param>
    /// <param name="request">The conversion options.</param>
    /// <param name="cancellationToken">Checked before the conversion starts.</param>
    /// <returns>The converted lead and its records, or every reason the conversion was refused.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before the conversion started.</exception>
    /// <exception cref="InvalidOperationException">The id generator broke its contract (see <see cref="Convert"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET pattern: every async overload ends with an optional CancellationToken (the agreed ConvertAsync shapes).")]
    public ValueTask<Result<LeadConversion>> ConvertAsync(Lead lead, ConversionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(request);
        return cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<Result<LeadConversion>>(cancellationToken)
            : new ValueTask<Result<LeadConversion>>(Convert(lead, request));
    }

    /// <summary>Converts a lead as <see cref="Convert"/> does, asking the given asynchronous duplicate matcher instead
    /// of the options' one.</summary>
    /// <remarks>
    /// <para>The checks, the records and the errors are <see cref="Convert"/>'s (see there), from the same code: every
    /// check runs first; only when all pass is the matcher asked, accounts then contacts, one awaited call at a time,
    /// and only about the records the conversion would create; then the records are made. Nothing is produced before
    /// the matcher answered, so a cancellation or an exception from the matcher leaves nothing behind. The request's
    /// <see cref="ConversionRequest.AllowDuplicates"/> skips the matcher.</para>
    /// <para>The matcher is per call, so a singleton converter can use a scoped matcher (one over the request's
    /// <c>DbContext</c>). When the matcher completes synchronously, no task is allocated.</para>
    /// </remarks>
    /// <param name="lead">The lead; it is not changed.</param>
    /// <param name="request">The conversion options.</param>
    /// <param name="duplicateMatcher">The matcher for this conversion; the options' matcher is not asked.</param>
    /// <param name="cancellationToken">Checked before the conversion and passed to the matcher.</param>
    /// <returns>The converted lead and its records, or every reason the conversion was refused.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before the records were made.</exception>
    /// <exception cref="InvalidOperationException">The id generator broke its contract (see <see cref="Convert"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET pattern: every async overload ends with an optional CancellationToken (the agreed ConvertAsync shapes).")]
    public ValueTask<Result<LeadConversion>> ConvertAsync(
        Lead lead, ConversionRequest request, IAsyncDuplicateMatcher duplicateMatcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(duplicateMatcher);
        return ConvertWith(lead, request, duplicateMatcher, cancellationToken);
    }

    /// <summary>The async conversion: prepare (the checks), match (awaited), complete (<see cref="Finish"/>).</summary>
    private async ValueTask<Result<LeadConversion>> ConvertWith(
        Lead lead, ConversionRequest request, IAsyncDuplicateMatcher matcher, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = StartActivity(lead);
        var errors = CheckBeforeMatching(lead, request);
        if (errors is null && AsksMatcher(matcher, request))
        {
            var accounts = request.ExistingAccount is null ? await matcher.FindMatchingAccountsAsync(lead, cancellationToken).ConfigureAwait(false) : [];
            var contacts = request.ExistingContact is null ? await matcher.FindMatchingContactsAsync(lead, cancellationToken).ConfigureAwait(false) : [];
            errors = DuplicateRefusal(lead, accounts, contacts);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Finish(lead, request, errors, activity);
    }
}
