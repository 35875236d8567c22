using LeadLifecycle.Opportunities;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

internal static class OpportunityTestSupport
{
    /// <summary>Where the opportunity tests' clocks start.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Start);

    public static OpportunityWorkflow Workflow(SalesProcess process, FakeTimeProvider? clock = null) =>
        new(process, new OpportunityWorkflowOptions { TimeProvider = clock ?? Clock(), IdGenerator = new SequentialIdGenerator() });

    /// <summary>The close date the helpers give, as Salesforce requires one.</summary>
    public static readonly DateOnly CloseDate = new(2026, 6, 30);

    public static Opportunity Created(this OpportunityWorkflow workflow, string? stage = null, decimal? amount = null, DateOnly? closeDate = null)
    {
        var result = workflow.Create(new Opportunity { Name = "Burlington Textiles Weaving Plant Generator", Stage = stage ?? string.Empty, Amount = amount, CloseDate = closeDate ?? CloseDate });
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

    /// <summary>Salesforce's default stages with a policy and, optionally, amount and primary contact from "Proposal/Price Quote" on.</summary>
    public static SalesProcess Salesforce(SalesProcessPolicy policy, bool requireAmountAndContact = false)
    {
        var builder = new SalesProcessBuilder("Salesforce with policy").AddStages(SalesProcess.SalesforceDefault.Stages).WithPolicy(policy);
        if (requireAmountAndContact)
        {
            builder.RequireFields("Proposal/Price Quote", OpportunityField.Amount, OpportunityField.ContactId);
        }

        return builder.Build();
    }
}
