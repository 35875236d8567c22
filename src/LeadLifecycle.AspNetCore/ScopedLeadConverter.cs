using FluentResults;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.AspNetCore;

/// <summary>Converts leads with the singleton <see cref="LeadConverter"/> and this scope's
/// <see cref="IAsyncDuplicateMatcher"/>, e.g. one over the request's <c>DbContext</c>.</summary>
/// <remarks>Registered as a scoped service by
/// <see cref="LeadLifecycleServiceCollectionExtensions.AddLeadLifecycleDuplicateMatcher{TMatcher}"/>. Nothing blocks:
/// the matcher's queries are awaited.</remarks>
public sealed class ScopedLeadConverter
{
    private readonly LeadConverter _converter;
    private readonly IAsyncDuplicateMatcher _matcher;

    /// <summary>Initializes a new instance of the <see cref="ScopedLeadConverter"/> class.</summary>
    /// <param name="converter">The singleton converter.</param>
    /// <param name="matcher">This scope's duplicate matcher.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScopedLeadConverter(LeadConverter converter, IAsyncDuplicateMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(matcher);
        _converter = converter;
        _matcher = matcher;
    }

    /// <summary>Gets the singleton converter.</summary>
    public LeadConverter Converter => _converter;

    /// <summary>Converts a lead, checking for duplicates with this scope's matcher:
    /// <c>LeadConverter.ConvertAsync(lead, request, matcher, cancellationToken)</c>.</summary>
    /// <remarks>The errors are <see cref="LeadConverter.Convert"/>'s, <c>DuplicatesDetectedError</c> among them when the
    /// matcher finds the new account or contact.</remarks>
    /// <param name="lead">The lead.</param>
    /// <param name="request">The conversion request.</param>
    /// <param name="cancellationToken">Cancels the matcher's queries.</param>
    /// <returns>The conversion, or why it was refused.</returns>
    public ValueTask<Result<LeadConversion>> ConvertAsync(Lead lead, ConversionRequest request, CancellationToken cancellationToken = default) =>
        _converter.ConvertAsync(lead, request, _matcher, cancellationToken);
}
