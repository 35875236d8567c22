using LeadLifecycle.Linting;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Examples of each lead process lint finding, on small hand-made processes, and the presets.</summary>
public sealed class LeadProcessLintTests
{
    private static readonly LeadTransitionGuard HasEmail = new("lead has an email address", l => !string.IsNullOrEmpty(l.Email));

    /// <summary>A pipeline of explicit transitions only: New -> Working -> Qualified, each open status can be disqualified.</summary>
    private static LeadProcessBuilder Explicit() => new LeadProcessBuilder("Explicit")
        .AddOpenStatus("New", isDefault: true)
        .AddOpenStatus("Working")
        .AddConvertedStatus("Qualified")
        .AddDisqualifiedStatus("Unqualified")
        .Permit(LeadStatusTrigger.MoveTo, "New", "Working")
        .Permit(LeadStatusTrigger.Convert, "Working", "Qualified")
        .Permit(LeadStatusTrigger.Disqualify, "New", "Unqualified")
        .Permit(LeadStatusTrigger.Disqualify, "Working", "Unqualified");

    private static ProcessLintStep Step(string from, LeadStatusTrigger trigger, string to) => new(from, trigger.ToString(), to);

    [Fact]
    public void Lint_ExplicitPipelineWithEveryStatusReachableAndClosable_IsClean()
    {
        var report = Explicit().Build().Lint();

        Assert.True(report.IsClean, report.ToString());
        Assert.Equal("Explicit", report.ProcessName);
    }

    [Fact]
    public void Lint_OpenStatusWithNoMoveIntoIt_IsUnreachable()
    {
        var report = Explicit().AddOpenStatus("Orphan").Permit(LeadStatusTrigger.Disqualify, "Orphan", "Unqualified").Build().Lint();

        var finding = Assert.IsType<UnreachableValueFinding>(Assert.Single(report.Findings));
        Assert.Equal((ProcessLintCodes.UnreachableValue, "Orphan"), (finding.Code, finding.Value));
        Assert.Empty(finding.Path);
        Assert.Contains("permit a move into it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ConvertedStatusThatNoConversionEnters_IsAnUnreachableOutcome()
    {
        var report = Explicit().AddConvertedStatus("Qualified - Partner").Build().Lint();

        var finding = Assert.IsType<UnreachableOutcomeFinding>(Assert.Single(report.Findings));
        Assert.Equal((ProcessLintCodes.UnreachableOutcome, "Qualified - Partner"), (finding.Code, finding.Value));
        Assert.Contains("Permit Convert into it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_OpenStatusThatCanReachNoClosedStatus_HasNoWayOut_WithThePathThere()
    {
        var report = Explicit().AddOpenStatus("Parked").Permit(LeadStatusTrigger.MoveTo, "Working", "Parked").Build().Lint();

        var finding = Assert.IsType<NoWayOutFinding>(Assert.Single(report.Findings));
        Assert.Equal((ProcessLintCodes.NoWayOut, "Parked"), (finding.Code, finding.Value));
        Assert.Equal([Step("New", LeadStatusTrigger.MoveTo, "Working"), Step("Working", LeadStatusTrigger.MoveTo, "Parked")], finding.Path);
    }

    [Fact]
    public void Lint_BrokenPipeline_OneGuardMissingOnOnePath_ReportsThatPath()
    {
        // Qualified needs an email from Working, but a lead parked in Nurturing converts without one.
        var process = Explicit()
            .AddOpenStatus("Nurturing")
            .Permit(LeadStatusTrigger.MoveTo, "New", "Nurturing")
            .Permit(LeadStatusTrigger.Disqualify, "Nurturing", "Unqualified")
            .Permit(LeadStatusTrigger.Convert, "Working", "Qualified", HasEmail)
            .Permit(LeadStatusTrigger.Convert, "Nurturing", "Qualified")
            .Build();

        var report = process.Lint();

        var finding = Assert.IsType<GuardBypassFinding>(Assert.Single(report.Findings));
        Assert.Equal((ProcessLintCodes.GuardBypass, "Qualified"), (finding.Code, finding.Value));
        Assert.Equal([Step("New", LeadStatusTrigger.MoveTo, "Nurturing"), Step("Nurturing", LeadStatusTrigger.Convert, "Qualified")], finding.Path);
        Assert.Equal(Step("Working", LeadStatusTrigger.Convert, "Qualified"), finding.GuardedMove);
        Assert.Equal(["lead has an email address"], finding.MissingGuards);
        Assert.Contains("RequireOnEntry(\"Qualified\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_GuardOnOneConversionNextToTheStandardTransitions_ReportsEveryOtherWayIn()
    {
        // The README's example before entry guards: the guard holds only from Working.
        var process = new LeadProcessBuilder("Inbound")
            .AddOpenStatus("New", isDefault: true)
            .AddOpenStatus("Working")
            .AddOpenStatus("Nurturing")
            .AddConvertedStatus("Qualified")
            .AddDisqualifiedStatus("Unqualified")
            .PermitStandardTransitions()
            .Permit(LeadStatusTrigger.Convert, "Working", "Qualified", HasEmail)
            .Build();

        var bypasses = process.Lint().Findings.OfType<GuardBypassFinding>().ToArray();

        Assert.Equal(3, bypasses.Length);
        Assert.Equal([Step("New", LeadStatusTrigger.Convert, "Qualified")], bypasses[0].Path);
        Assert.Equal([Step("New", LeadStatusTrigger.MoveTo, "Nurturing"), Step("Nurturing", LeadStatusTrigger.Convert, "Qualified")], bypasses[1].Path);
        Assert.Equal([Step("New", LeadStatusTrigger.Disqualify, "Unqualified"), Step("Unqualified", LeadStatusTrigger.Convert, "Qualified")], bypasses[2].Path);
    }

    [Fact]
    public void Lint_EntryGuard_CoversEveryPathAndIsNotReported()
    {
        var process = new LeadProcessBuilder("Inbound")
            .AddOpenStatus("New", isDefault: true)
            .AddOpenStatus("Working")
            .AddConvertedStatus("Qualified")
            .AddDisqualifiedStatus("Unqualified")
            .PermitStandardTransitions()
            .RequireOnEntry("Qualified", HasEmail)
            .Build();

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_TriggerGuardWithTheSameDescription_CoversTheOtherConversions()
    {
        var process = Explicit()
            .AddOpenStatus("Nurturing")
            .Permit(LeadStatusTrigger.MoveTo, "New", "Nurturing")
            .Permit(LeadStatusTrigger.Disqualify, "Nurturing", "Unqualified")
            .Permit(LeadStatusTrigger.Convert, "Working", "Qualified", HasEmail)
            .Permit(LeadStatusTrigger.Convert, "Nurturing", "Qualified")
            .RequireForTrigger(LeadStatusTrigger.Convert, new LeadTransitionGuard("lead has an email address", l => l.Email is not null))
            .Build();

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_ForwardOnly_StatusBeforeTheDefaultIsUnreachable_WhileFreeMovementReachesIt()
    {
        LeadProcessBuilder Builder() => new LeadProcessBuilder("Default in the middle")
            .AddOpenStatus("Subscriber")
            .AddOpenStatus("Lead", isDefault: true)
            .AddConvertedStatus("Qualified")
            .AddDisqualifiedStatus("Unqualified")
            .PermitStandardTransitions();

        Assert.True(Builder().Build().Lint().IsClean);
        var finding = Assert.Single(Builder().WithPolicy(new LeadProcessPolicy { ForwardOnly = true }).Build().Lint().Findings);
        Assert.Equal((ProcessLintCodes.UnreachableValue, "Subscriber"), (finding.Code, finding.Value));
    }

    [Fact]
    public void Lint_GuardOnAMoveThePolicyRefuses_GuardsNothing_AndIsNotReported()
    {
        var process = new LeadProcessBuilder("Stepwise")
            .AddOpenStatus("A", isDefault: true)
            .AddOpenStatus("B")
            .AddOpenStatus("C")
            .AddOpenStatus("D")
            .AddConvertedStatus("Qualified")
            .PermitStandardTransitions(allowRecycle: false)
            .WithPolicy(new LeadProcessPolicy { ForwardOnly = true, NoSkipping = true })
            .Permit(LeadStatusTrigger.MoveTo, "D", "C", HasEmail)
            .Build();

        // D -> C is refused by forward-only, so its guard guards nothing: the moves into C are not reported.
        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_NoSkippingAndForwardOnly_GuardedMoveIntoTheLastStatus_PathIsStepByStep()
    {
        var process = new LeadProcessBuilder("Stepwise")
            .AddOpenStatus("A", isDefault: true)
            .AddOpenStatus("B")
            .AddOpenStatus("C")
            .AddOpenStatus("D")
            .AddConvertedStatus("Qualified")
            .PermitStandardTransitions(allowRecycle: false)
            .WithPolicy(new LeadProcessPolicy { ForwardOnly = true, NoSkipping = true })
            .Permit(LeadStatusTrigger.Convert, "D", "Qualified", HasEmail)
            .Build();

        var last = process.Lint().Findings.OfType<GuardBypassFinding>().Last();

        Assert.Equal(
            [Step("A", LeadStatusTrigger.MarkContacted, "B"), Step("B", LeadStatusTrigger.MoveTo, "C"), Step("C", LeadStatusTrigger.Convert, "Qualified")],
            last.Path);
    }

    [Fact]
    public void Lint_EntryGuardsOnAnInactiveStatus_NeverApply()
    {
        var process = Explicit()
            .AddStatus(new LeadStatus("Legacy") { IsActive = false, SortOrder = 9 })
            .RequireOnEntry("Legacy", HasEmail)
            .Build();

        var finding = Assert.IsType<UnreachableEntryGuardsFinding>(Assert.Single(process.Lint().Findings));
        Assert.Equal((ProcessLintCodes.UnreachableEntryGuards, "Legacy", false), (finding.Code, finding.Value, finding.IsStatusActive));
        Assert.Equal(["lead has an email address"], finding.Guards);
    }

    [Fact]
    public void Lint_InactiveStatuses_AreNotReportedAsUnreachable()
    {
        var process = Explicit().AddStatus(new LeadStatus("Old - Working") { IsActive = false, SortOrder = 9 }).Build();

        Assert.True(process.Lint().IsClean);
    }

    [Fact]
    public void Lint_EveryConvertedStatusInactive_NoLeadCanBeConverted()
    {
        var process = new LeadProcessBuilder("Frozen")
            .AddOpenStatus("New", isDefault: true)
            .AddStatus(new LeadStatus("Qualified") { IsConverted = true, IsClosed = true, IsActive = false, SortOrder = 2 })
            .AddDisqualifiedStatus("Unqualified")
            .PermitStandardTransitions()
            .Build();

        var finding = Assert.IsType<NoActiveConvertedStatusFinding>(Assert.Single(process.Lint().Findings));
        Assert.Null(finding.Value);
        Assert.Equal(ProcessLintCodes.NoActiveConvertedStatus, finding.Code);
    }

    [Fact]
    public void Lint_InactiveStatusAsATarget_IsRefusedWhenBuilt_SoLintNeverSeesOne()
    {
        var result = Explicit()
            .AddStatus(new LeadStatus("Old") { IsActive = false, SortOrder = 9 })
            .Permit(LeadStatusTrigger.MoveTo, "Working", "Old")
            .TryBuild();

        Assert.Contains(result.Errors, e => e is Errors.InvalidTransitionError);
    }

    public static TheoryData<string> CleanPresets() => ["Salesforce Classic", "Salesforce Newer", "Dynamics 365 Lead"];

    [Theory]
    [MemberData(nameof(CleanPresets))]
    public void Lint_Presets_AreClean(string name)
    {
        var process = new[] { LeadProcess.SalesforceClassic, LeadProcess.SalesforceNewer, LeadProcess.Dynamics365 }.Single(p => p.Name == name);

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_HubSpotPreset_ReportsOnlySubscriber_WhichRecordsStartInRatherThanReach()
    {
        // HubSpot records made by a blog subscription form start at Subscriber (LeadWorkflow.Create with that status);
        // the default is Lead and the lifecycle only moves forward, so no lead moves back to Subscriber.
        var finding = Assert.Single(LeadProcess.HubSpotLifecycle.Lint().Findings);

        Assert.Equal((ProcessLintCodes.UnreachableValue, "subscriber"), (finding.Code, finding.Value));
    }
}
