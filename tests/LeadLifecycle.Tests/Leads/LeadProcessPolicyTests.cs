using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Forward-only and no-skipping for lead processes, with the sales process's error codes.</summary>
public sealed class LeadProcessPolicyTests
{
    private static LeadProcessBuilder Funnel(LeadProcessPolicy policy) => new LeadProcessBuilder("Funnel")
        .AddOpenStatus("New", isDefault: true)
        .AddOpenStatus("Engaged")
        .AddStatus(new LeadStatus("Retired step") { SortOrder = 3, IsActive = false })
        .AddOpenStatus("Working")
        .AddOpenStatus("Ready")
        .AddConvertedStatus("Qualified")
        .AddDisqualifiedStatus("Unqualified")
        .PermitStandardTransitions()
        .WithPolicy(policy);

    private static (LeadWorkflow Workflow, Lead Lead) Start(LeadProcessPolicy policy)
    {
        var workflow = new LeadWorkflow(Funnel(policy).Build());
        return (workflow, workflow.Create(new Lead { LastName = "L", Company = "C" }).Value);
    }

    [Fact]
    public void ForwardOnly_RefusesAMoveBack_WithTheBackwardMoveCodeAndMetadata()
    {
        var (workflow, lead) = Start(new LeadProcessPolicy { ForwardOnly = true });
        var working = workflow.MoveTo(lead, "Working").Value.Lead;

        var error = Assert.IsType<LeadStatusBackwardMoveError>(Assert.Single(workflow.MoveTo(working, "Engaged").Errors));

        Assert.Equal((ErrorCodes.BackwardStageMove, "Working", LeadStatusTrigger.MoveTo, "Engaged"), (error.Code, error.FromStatus, error.Trigger, error.ToStatus));
        Assert.Equal("Engaged", error.Metadata[nameof(error.ToStatus)]);
        Assert.False(workflow.CanMoveTo(working, "Engaged"));
        Assert.False(workflow.Process.CanFire("Working", LeadStatusTrigger.MoveTo, "Engaged"));
        Assert.DoesNotContain(new PermittedLeadTransition(LeadStatusTrigger.MoveTo, "Engaged"), workflow.GetPermittedTransitions(working));
    }

    [Fact]
    public void ForwardOnly_RefusesRecyclingIntoAnEarlierStatus()
    {
        var (workflow, lead) = Start(new LeadProcessPolicy { ForwardOnly = true });
        var unqualified = workflow.Disqualify(lead, "Budget").Value.Lead;

        Assert.IsType<LeadStatusBackwardMoveError>(Assert.Single(workflow.Recycle(unqualified).Errors));
    }

    [Fact]
    public void ForwardOnly_RefusesExplicitlyPermittedBackwardMovesToo()
    {
        var process = Funnel(new LeadProcessPolicy { ForwardOnly = true }).Permit(LeadStatusTrigger.MoveTo, "Ready", "New").Build();

        Assert.False(process.CanFire("Ready", LeadStatusTrigger.MoveTo, "New"));
    }

    [Fact]
    public void Policies_ExemptDisqualifyAndConvert()
    {
        var process = Funnel(new LeadProcessPolicy { ForwardOnly = true, NoSkipping = true }).AddStatus(new LeadStatus("Early exit") { SortOrder = 0, IsClosed = true }).Build();

        Assert.True(process.CanFire("Ready", LeadStatusTrigger.Disqualify, "Early exit"));
        Assert.True(process.CanFire("New", LeadStatusTrigger.Disqualify, "Unqualified"));
        Assert.True(process.CanFire("New", LeadStatusTrigger.Convert, "Qualified"));
        Assert.True(process.CanFire("Unqualified", LeadStatusTrigger.Convert, "Qualified"));
    }

    [Fact]
    public void NoSkipping_RefusesPassingOverActiveOpenStatuses_AndNamesThem()
    {
        var (workflow, lead) = Start(new LeadProcessPolicy { NoSkipping = true });

        var error = Assert.IsType<LeadStatusSkipError>(Assert.Single(workflow.MoveTo(lead, "Ready").Errors));

        Assert.Equal((ErrorCodes.StageSkip, "New", "Ready"), (error.Code, error.FromStatus, error.ToStatus));
        Assert.Equal(["Engaged", "Working"], error.SkippedStatuses);
        Assert.Equal(new[] { "Engaged", "Working" }, error.Metadata[nameof(error.SkippedStatuses)]);
        Assert.Contains("move to 'Engaged' first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSkipping_DoesNotCountInactiveStatuses_AndAllowsMovingBack()
    {
        var (workflow, lead) = Start(new LeadProcessPolicy { NoSkipping = true });
        var engaged = workflow.MoveTo(lead, "Engaged").Value.Lead;

        var working = workflow.MoveTo(engaged, "Working");

        Assert.True(working.IsSuccess);
        Assert.True(workflow.MoveTo(working.Value.Lead, "New").IsSuccess);
    }

    [Fact]
    public void FreeMovement_IsTheDefault()
    {
        var process = new LeadProcessBuilder("P").AddOpenStatus("A", isDefault: true).AddOpenStatus("B").AddConvertedStatus("C").PermitStandardTransitions().Build();

        Assert.Same(LeadProcessPolicy.FreeMovement, process.Policy);
        Assert.True(process.CanFire("B", LeadStatusTrigger.MoveTo, "A"));
    }
}
