using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>A clock that only moves when told to.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public ManualClock()
        : this(Start)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Ids numbered from 1, so tests can predict them.</summary>
public sealed class SequentialIds : IIdGenerator
{
    private int _next;

    public LeadId NewLeadId() => new($"L{++_next}");

    public AccountId NewAccountId() => new($"A{++_next}");

    public ContactId NewContactId() => new($"C{++_next}");

    public OpportunityId NewOpportunityId() => new($"O{++_next}");
}

internal static class OpportunityTestSupport
{
    public static OpportunityWorkflow Workflow(SalesProcess process, ManualClock? clock = null) =>
        new(process, new OpportunityWorkflowOptions { TimeProvider = clock ?? new ManualClock(), IdGenerator = new SequentialIds() });

    public static Opportunity Created(this OpportunityWorkflow workflow, string? stage = null, decimal? amount = null, DateOnly? closeDate = null)
    {
        var result = workflow.Create(new Opportunity { Name = "Burlington Textiles Weaving Plant Generator", Stage = stage ?? string.Empty, Amount = amount, CloseDate = closeDate });
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public static T Ok<T>(this FluentResults.Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public static TError SingleError<TError>(this FluentResults.IResultBase result, string code)
        where TError : Errors.LeadLifecycleError
    {
        Assert.True(result.IsFailed);
        var error = Assert.IsType<TError>(Assert.Single(result.Errors));
        Assert.Equal(code, error.Code);
        return error;
    }

    public static IReadOnlyList<string> Codes(this FluentResults.IResultBase result) =>
        [.. result.Errors.OfType<Errors.LeadLifecycleError>().Select(e => e.Code)];

    /// <summary>Salesforce's default stages with a policy and, optionally, amount and close date from "Proposal/Price Quote" on.</summary>
    public static SalesProcess Salesforce(SalesProcessPolicy policy, bool requireAmountAndCloseDate = false)
    {
        var builder = new SalesProcessBuilder("Salesforce with policy").AddStages(SalesProcess.SalesforceDefault.Stages).WithPolicy(policy);
        if (requireAmountAndCloseDate)
        {
            builder.RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.CloseDate);
        }

        return builder.Build();
    }
}
