using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>How a fake async matcher completes.</summary>
public enum MatcherCompletion
{
    /// <summary>With an already completed <see cref="ValueTask{TResult}"/>.</summary>
    Synchronously = 0,

    /// <summary>After a real delay, resuming on the thread pool.</summary>
    Asynchronously = 1,
}

/// <summary>An async duplicate matcher that answers from fixed lists, synchronously or not, records the leads it was
/// asked about, and can throw for one lead.</summary>
internal sealed class FakeAsyncDuplicateMatcher(
    IReadOnlyList<AccountId>? accounts = null,
    IReadOnlyList<ContactId>? contacts = null,
    MatcherCompletion completion = MatcherCompletion.Synchronously,
    Func<Lead, Exception?>? failFor = null) : IAsyncDuplicateMatcher
{
    private readonly List<(string Question, LeadId Lead)> _questions = [];
    private int _concurrent;

    public IReadOnlyList<(string Question, LeadId Lead)> Questions => _questions;

    public int AccountQuestions => _questions.Count(q => q.Question == "accounts");

    public int ContactQuestions => _questions.Count(q => q.Question == "contacts");

    /// <summary>Whether two questions were ever in flight at once (a DbContext-backed matcher would break).</summary>
    public bool Overlapped { get; private set; }

    public ValueTask<IReadOnlyList<AccountId>> FindMatchingAccountsAsync(Lead lead, CancellationToken cancellationToken) =>
        Answer("accounts", lead, accounts ?? [], cancellationToken);

    public ValueTask<IReadOnlyList<ContactId>> FindMatchingContactsAsync(Lead lead, CancellationToken cancellationToken) =>
        Answer("contacts", lead, contacts ?? [], cancellationToken);

    private ValueTask<T> Answer<T>(string question, Lead lead, T answer, CancellationToken cancellationToken)
    {
        lock (_questions)
        {
            _questions.Add((question, lead.Id));
        }

        if (failFor?.Invoke(lead) is { } failure)
        {
            throw failure;
        }

        return completion == MatcherCompletion.Synchronously ? new ValueTask<T>(answer) : Later(answer, cancellationToken);
    }

    private async ValueTask<T> Later<T>(T answer, CancellationToken cancellationToken)
    {
        Overlapped |= Interlocked.Increment(ref _concurrent) > 1;
        try
        {
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            return answer;
        }
        finally
        {
            Interlocked.Decrement(ref _concurrent);
        }
    }
}
