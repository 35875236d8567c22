using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing.Tests;

public sealed class ResultAssertionsTests
{
    private static readonly LeadWorkflow Workflow = new(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { IdGenerator = new SequentialIdGenerator(), EnableTelemetry = false });

    [Fact]
    public void ShouldSucceed_ReturnsTheValue()
    {
        var lead = Workflow.Create(new Lead { LastName = "Lovelace", Company = "Acme" }).ShouldSucceed();
        Assert.Equal("Open - Not Contacted", lead.Status);
    }

    [Fact]
    public void ShouldSucceed_OnAFailure_ListsEveryErrorWithCodeMessageAndMetadata()
    {
        var failed = Workflow.Create(new Lead { LastName = string.Empty, Company = "Acme", Email = "not-an-email" });
        var exception = Assert.Throws<LifecycleAssertionException>(() => failed.ShouldSucceed());
        Assert.StartsWith("Expected a successful result, but it failed with 2 errors:", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"- {ErrorCodes.RequiredFieldMissing}: {failed.Errors[0].Message}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Field = \"LastName\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"- {ErrorCodes.InvalidEmailAddress}: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Value = \"not-an-email\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldSucceed_OnAPlainResult_PassesOrShowsTheErrorAndItsReasons()
    {
        Result.Ok().ShouldSucceed();
        var failed = Result.Fail(new Error("outer").CausedBy(new Error("inner")));
        var message = Assert.Throws<LifecycleAssertionException>(failed.ShouldSucceed).Message;
        Assert.Contains("- Error: outer", message, StringComparison.Ordinal);
        Assert.Contains("    - Error: inner", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldFailWith_ReturnsTheTypedError()
    {
        var lead = Workflow.Create(new Lead { LastName = "Lovelace", Company = "Acme" }).ShouldSucceed();
        var error = Workflow.Disqualify(lead, " ").ShouldFailWith<DisqualificationReasonRequiredError>();
        Assert.Equal(ErrorCodes.DisqualificationReasonRequired, error.Code);
    }

    [Fact]
    public void ShouldFailWith_OnASuccess_ShowsTheValue()
    {
        var message = Assert.Throws<LifecycleAssertionException>(() => Result.Ok(42).ShouldFailWith<LeadAlreadyConvertedError>()).Message;
        Assert.Equal("Expected a failure with LeadAlreadyConvertedError, but the result succeeded with 42.", message);
    }

    [Fact]
    public void ShouldFailWith_OnOtherErrors_ListsWhatCameInstead()
    {
        var failed = Workflow.Create(new Lead { LastName = "Lovelace", Company = null });
        var message = Assert.Throws<LifecycleAssertionException>(() => failed.ShouldFailWith<LeadAlreadyConvertedError>()).Message;
        Assert.StartsWith("Expected a failure with LeadAlreadyConvertedError, but the result failed with 1 error:", message, StringComparison.Ordinal);
        Assert.Contains($"- {ErrorCodes.RequiredFieldMissing}: ", message, StringComparison.Ordinal);
        Assert.Contains("Field = \"Company\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldFailWith_FindsAnErrorAmongTheReasons()
    {
        var inner = new InnerError();
        Assert.Same(inner, Result.Fail(new Error("outer").CausedBy(inner)).ShouldFailWith<InnerError>());
    }

    private sealed class InnerError() : Error("inner");
}
