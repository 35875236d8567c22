using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

public sealed class LeadProcessPresetTests
{
    [Theory]
    [InlineData("Open - Not Contacted", true, false, false)]
    [InlineData("Working - Contacted", false, false, false)]
    [InlineData("Closed - Converted", false, true, true)]
    [InlineData("Closed - Not Converted", false, false, true)]
    public void SalesforceClassic_HasTheFourStandardStatuses(string name, bool isDefault, bool isConverted, bool isClosed)
    {
        var status = LeadProcess.SalesforceClassic.FindStatus(name);

        Assert.NotNull(status);
        Assert.Equal((isDefault, isConverted, isClosed), (status.IsDefault, status.IsConverted, status.IsClosed));
    }

    [Fact]
    public void SalesforceClassic_ListsStatusesInSortOrder()
    {
        Assert.Equal(
            ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"],
            LeadProcess.SalesforceClassic.Statuses.Select(s => s.Name));
    }

    [Fact]
    public void SalesforceClassic_IsTheDefaultProcess()
    {
        Assert.Same(LeadProcess.SalesforceClassic, LeadProcess.Default);
        Assert.Equal("Open - Not Contacted", LeadProcess.Default.DefaultStatus.Name);
        Assert.Equal("Working - Contacted", LeadProcess.Default.ContactedStatus?.Name);
    }

    [Theory]
    [InlineData("Open", true, false, false)]
    [InlineData("Contacted", false, false, false)]
    [InlineData("Qualified", false, true, true)]
    [InlineData("Unqualified", false, false, true)]
    public void SalesforceNewer_HasOpenContactedQualifiedUnqualified(string name, bool isDefault, bool isConverted, bool isClosed)
    {
        var status = LeadProcess.SalesforceNewer.FindStatus(name);

        Assert.NotNull(status);
        Assert.Equal((isDefault, isConverted, isClosed), (status.IsDefault, status.IsConverted, status.IsClosed));
    }

    [Theory]
    [InlineData("Open - Not Contacted", LeadStatusTrigger.MarkContacted, "Working - Contacted", true)]
    [InlineData("Working - Contacted", LeadStatusTrigger.MoveTo, "Open - Not Contacted", true)]
    [InlineData("Open - Not Contacted", LeadStatusTrigger.Disqualify, "Closed - Not Converted", true)]
    [InlineData("Working - Contacted", LeadStatusTrigger.Disqualify, "Closed - Not Converted", true)]
    [InlineData("Closed - Not Converted", LeadStatusTrigger.Recycle, "Open - Not Contacted", true)]
    [InlineData("Closed - Not Converted", LeadStatusTrigger.Recycle, "Working - Contacted", true)]
    [InlineData("Working - Contacted", LeadStatusTrigger.Convert, "Closed - Converted", true)]
    [InlineData("Closed - Not Converted", LeadStatusTrigger.Convert, "Closed - Converted", true)]
    [InlineData("Working - Contacted", LeadStatusTrigger.MoveTo, "Closed - Converted", false)]
    [InlineData("Working - Contacted", LeadStatusTrigger.MoveTo, "Closed - Not Converted", false)]
    [InlineData("Working - Contacted", LeadStatusTrigger.MarkContacted, "Working - Contacted", false)]
    [InlineData("Closed - Not Converted", LeadStatusTrigger.MoveTo, "Open - Not Contacted", false)]
    [InlineData("Closed - Converted", LeadStatusTrigger.Recycle, "Open - Not Contacted", false)]
    [InlineData("Closed - Converted", LeadStatusTrigger.MoveTo, "Working - Contacted", false)]
    [InlineData("Open - Not Contacted", LeadStatusTrigger.Recycle, "Working - Contacted", false)]
    [InlineData("No Such Status", LeadStatusTrigger.MoveTo, "Working - Contacted", false)]
    public void SalesforceClassic_PermitsTheStandardTransitionsOnBareStatuses(string from, LeadStatusTrigger trigger, string to, bool expected)
    {
        Assert.Equal(expected, LeadProcess.SalesforceClassic.CanFire(from, trigger, to));
    }

    [Fact]
    public void GetPermittedTransitions_FromOpen_ListsEveryAllowedVerbAndTarget()
    {
        var permitted = LeadProcess.SalesforceClassic.GetPermittedTransitions("Open - Not Contacted");

        Assert.Equal(
            [
                new PermittedLeadTransition(LeadStatusTrigger.MarkContacted, "Working - Contacted"),
                new PermittedLeadTransition(LeadStatusTrigger.MoveTo, "Working - Contacted"),
                new PermittedLeadTransition(LeadStatusTrigger.Disqualify, "Closed - Not Converted"),
                new PermittedLeadTransition(LeadStatusTrigger.Convert, "Closed - Converted"),
            ],
            permitted);
    }

    [Fact]
    public void GetPermittedTransitions_ForUnknownStatus_IsEmpty()
    {
        Assert.Empty(LeadProcess.SalesforceClassic.GetPermittedTransitions("Nope"));
    }
}
