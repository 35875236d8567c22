using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.WebApi;

/// <summary>The duplicate check of conversion, against the database: an account with the lead's company name, a
/// contact with the lead's email (both ignoring case). Scoped, like the <see cref="CrmDb"/> it queries.</summary>
public sealed class DatabaseDuplicateMatcher(CrmDb db) : IAsyncDuplicateMatcher
{
    public async ValueTask<IReadOnlyList<AccountId>> FindMatchingAccountsAsync(Lead lead, CancellationToken cancellationToken) => // glue
        lead.Company is not { } company ? [] : await db.Accounts.Where(a => a.Name.ToLower() == company.ToLower()).Select(a => a.Id).ToListAsync(cancellationToken);

    public async ValueTask<IReadOnlyList<ContactId>> FindMatchingContactsAsync(Lead lead, CancellationToken cancellationToken) => // glue
        lead.Email is not { } email ? [] : await db.Contacts.Where(c => c.Email != null && c.Email.ToLower() == email.ToLower()).Select(c => c.Id).ToListAsync(cancellationToken);
}
