using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <summary>Finds existing accounts and contacts that a lead's new account or contact would duplicate.</summary>
/// <remarks>Supplied by the application, which knows its records (Salesforce's matching rules play this role). The
/// converter asks before it produces anything, and only about records it would create: the account question is
/// skipped when the request links an existing account, the contact question when it links an existing contact.
/// Implementations must be safe to call from several threads at once (bulk conversion runs in parallel).</remarks>
public interface IDuplicateMatcher
{
    /// <summary>Finds existing accounts that the account made from this lead would duplicate.</summary>
    /// <param name="lead">The lead being converted.</param>
    /// <returns>The matching accounts; empty when there are none.</returns>
    IReadOnlyList<AccountId> FindMatchingAccounts(Lead lead);

    /// <summary>Finds existing contacts that the contact made from this lead would duplicate.</summary>
    /// <param name="lead">The lead being converted.</param>
    /// <returns>The matching contacts; empty when there are none.</returns>
    IReadOnlyList<ContactId> FindMatchingContacts(Lead lead);
}
