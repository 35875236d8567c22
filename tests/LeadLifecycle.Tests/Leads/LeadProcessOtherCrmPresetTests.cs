using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

/// <summary>The HubSpot and Dynamics 365 presets, pinned row by row against DOMAIN.md section 3b.</summary>
public sealed class LeadProcessOtherCrmPresetTests
{
    private static readonly Lead Draft = new() { LastName = "Lovelace", Company = "Engines" };

    [Fact]
    public void HubSpotLifecycle_HasTheLifecycleStagesInHubSpotsOrder()
    {
        Assert.Equal(
            [
                ("subscriber", "Subscriber", false, false, false),
                ("lead", "Lead", true, false, false),
                ("marketingqualifiedlead", "Marketing Qualified Lead", false, false, false),
                ("salesqualifiedlead", "Sales Qualified Lead", false, false, false),
                ("opportunity", "Opportunity", false, true, true),
            ],
            LeadProcess.HubSpotLifecycle.Statuses.Select(s => (s.Name, s.Label, s.IsDefault, s.IsConverted, s.IsClosed)));
        Assert.Equal("salesqualifiedlead", LeadProcess.HubSpotLifecycle.ContactedStatus?.Name);
        Assert.Equal(new LeadProcessPolicy { ForwardOnly = true }, LeadProcess.HubSpotLifecycle.Policy);
    }

    [Theory]
    [InlineData("lead", LeadStatusTrigger.MoveTo, "marketingqualifiedlead", true)]
    [InlineData("lead", LeadStatusTrigger.MoveTo, "salesqualifiedlead", true)]
    [InlineData("subscriber", LeadStatusTrigger.MoveTo, "lead", true)]
    [InlineData("lead", LeadStatusTrigger.MarkContacted, "salesqualifiedlead", true)]
    [InlineData("marketingqualifiedlead", LeadStatusTrigger.MoveTo, "lead", false)]
    [InlineData("salesqualifiedlead", LeadStatusTrigger.MoveTo, "subscriber", false)]
    [InlineData("lead", LeadStatusTrigger.Convert, "opportunity", true)]
    [InlineData("subscriber", LeadStatusTrigger.Convert, "opportunity", true)]
    public void HubSpotLifecycle_OnlyMovesForward(string from, LeadStatusTrigger trigger, string to, bool permitted)
    {
        Assert.Equal(permitted, LeadProcess.HubSpotLifecycle.CanFire(from, trigger, to));
    }

    [Fact]
    public void HubSpotLifecycle_MovingBack_IsRefusedWithTheBackwardMoveCode()
    {
        var workflow = new LeadWorkflow(LeadProcess.HubSpotLifecycle);
        var mql = workflow.MoveTo(workflow.Create(Draft).Value, "marketingqualifiedlead").Value.Lead;

        var error = Assert.IsType<LeadStatusBackwardMoveError>(Assert.Single(workflow.MoveTo(mql, "lead").Errors));

        Assert.Equal((ErrorCodes.BackwardStageMove, "marketingqualifiedlead", "lead"), (error.Code, error.FromStatus, error.ToStatus));
        Assert.Equal("lead", workflow.Create(Draft).Value.Status);
    }

    [Fact]
    public void Dynamics365_HasTheStatusReasonsOfTheLeadEntity_WithTheirStatusCodes()
    {
        Assert.Equal(
            [
                ("New", 1, true, false, false),
                ("Contacted", 2, false, false, false),
                ("Qualified", 3, false, true, true),
                ("Lost", 4, false, false, true),
                ("Cannot Contact", 5, false, false, true),
                ("No Longer Interested", 6, false, false, true),
                ("Canceled", 7, false, false, true),
            ],
            LeadProcess.Dynamics365.Statuses.Select(s => (s.Name, s.SortOrder, s.IsDefault, s.IsConverted, s.IsClosed)));
        Assert.Equal("Contacted", LeadProcess.Dynamics365.ContactedStatus?.Name);
        Assert.Equal(LeadProcessPolicy.FreeMovement, LeadProcess.Dynamics365.Policy);
    }

    [Theory]
    [InlineData(DisqualificationReasons.Lost)]
    [InlineData(DisqualificationReasons.CannotContact)]
    [InlineData(DisqualificationReasons.NoLongerInterested)]
    [InlineData(DisqualificationReasons.Canceled)]
    public void Dynamics365_DisqualifiesIntoEachReason_AndReactivatesToOpen(string status)
    {
        var workflow = new LeadWorkflow(LeadProcess.Dynamics365);
        var contacted = workflow.MarkContacted(workflow.Create(Draft).Value).Value.Lead;

        var disqualified = workflow.Disqualify(contacted, status, status).Value.Lead;
        var reactivated = workflow.Recycle(disqualified).Value.Lead;

        Assert.Equal((status, status), (disqualified.Status, disqualified.DisqualificationReason));
        Assert.Equal(("New", null), (reactivated.Status, reactivated.DisqualificationReason));
    }

    [Fact]
    public void Dynamics365_QualifiedIsEnteredOnlyByConversion_AndNeverLeft()
    {
        var process = LeadProcess.Dynamics365;

        Assert.True(process.CanFire("Contacted", LeadStatusTrigger.Convert, "Qualified"));
        Assert.False(process.CanFire("Contacted", LeadStatusTrigger.MoveTo, "Qualified"));
        Assert.DoesNotContain(process.GetPermittedTransitions("Qualified"), t => t.Trigger != LeadStatusTrigger.Convert);
    }
}
