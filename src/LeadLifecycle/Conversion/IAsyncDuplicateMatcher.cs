using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <summary>Finds existing accounts and contacts that a lead's new account or contact would duplicate, asynchronously:
/// the matcher for a database or a remote service.</summary>
/// <remarks>The asynchronous twin of <see cref="IDuplicateMatcher"/>, with the same questions and rules: the converter
/// asks only about records it would create (no account question when the request links an existing account, no
/// contact question when it links an existing contact), after every other check passed and before it produces anything.
/// The converter asks one question at a time and awaits it before the next, also in
/// <see cref="LeadConverter.ConvertManyAsync(IAsyncEnumerable{Lead}, ConversionRequest, IAsyncDuplicateMatcher, CancellationToken)"/>,
/// so an implementation over a scoped, non-thread-safe <c>DbContext</c> is safe: pass it per call to
/// <see cref="LeadConverter.ConvertAsync(Lead, ConversionRequest, IAsyncDuplicateMatcher, CancellationToken)"/> and keep
/// the converter a singleton. A null answer counts as no match.</remarks>
public interface IAsyncDuplicateMatcher
{
    /// <summary>Finds existing accounts that the account made from this lead would duplicate.</summary>
    /// <param name="lead">The lead being converted.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    /// <returns>The matching accounts; empty when there are none.</returns>
    ValueTask<IReadOnlyList<AccountId>> FindMatchingAccountsAsync(Lead lead, CancellationToken cancellationToken);

    /// <summary>Finds existing contacts that the contact made from this lead would duplicate.</summary>
    /// <param name="lead">The lead being converted.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    /// <returns>The matching contacts; empty when there are none.</returns>
    ValueTask<IReadOnlyList<ContactId>> FindMatchingContactsAsync(Lead lead, CancellationToken cancellationToken);
}
