using LeadLifecycle.Linting;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Lint over a loaded org folder, made of the real orgs' fixtures (see Fixtures/SOURCES.md).</summary>
public sealed class OrgLintTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfdx-lint-" + Guid.NewGuid().ToString("N"));

    public OrgLintTests()
    {
        Copy("github-octoforce-actions", "LeadStatus.standardValueSet-meta.xml", "force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml");
        Copy("UST-EASY", "OpportunityStage.standardValueSet-meta.xml", "force-app/main/default/standardValueSets/OpportunityStage.standardValueSet-meta.xml");
        Copy("UST-EASY", "Opportunity.Applicant.businessProcess-meta.xml", "force-app/main/default/objects/Opportunity/businessProcesses/Applicant.businessProcess-meta.xml");
        Copy("UST-EASY", "Opportunity.Inquiry.businessProcess-meta.xml", "force-app/main/default/objects/Opportunity/businessProcesses/Inquiry.businessProcess-meta.xml");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Lint_RealOrgFixtures_EveryProcessIsClean_AsSalesforceEnforcesNoOrder()
    {
        var report = new SalesforceMetadataReader().LoadSourceFolder(_root).Value.Lint();

        Assert.Equal(
            [
                (SalesforceDefinitionKind.LeadStatusValueSet, "Master"),
                (SalesforceDefinitionKind.OpportunityStageValueSet, "Master"),
                (SalesforceDefinitionKind.SalesBusinessProcess, "Applicant"),
                (SalesforceDefinitionKind.SalesBusinessProcess, "Inquiry"),
            ],
            report.Processes.Select(p => (p.Kind, p.Name)));
        Assert.True(report.IsClean, report.ToString());
        Assert.Empty(report.WithFindings);
        Assert.EndsWith("Applicant.businessProcess-meta.xml", report.Processes[2].SourceFile, StringComparison.Ordinal);
        Assert.Null(report.Processes[0].SourceFile);
    }

    [Fact]
    public void Lint_InquiryProcessWithoutAWonStage_IsNotAFinding()
    {
        var loaded = new SalesforceMetadataReader().LoadSourceFolder(_root).Value;
        var inquiry = loaded.SalesProcesses.Single(p => p.Definition.Name == "Inquiry").Definition;

        Assert.Empty(inquiry.WonStages);
        Assert.True(inquiry.Lint().IsClean);
    }

    [Fact]
    public void Lint_RealOrgReadWithoutTransitions_ReportsTheLeadStatusesNoLeadReaches()
    {
        var reader = new SalesforceMetadataReader(new SalesforceMetadataOptions { PermitStandardTransitions = false });

        var report = reader.LoadSourceFolder(_root).Value.Lint();

        var master = report.Processes[0];
        Assert.Equal(SalesforceDefinitionKind.LeadStatusValueSet, master.Kind);
        Assert.Equal(
            [
                (ProcessLintCodes.UnreachableValue, "Contacted"),
                (ProcessLintCodes.UnreachableOutcome, "Qualified"),
                (ProcessLintCodes.UnreachableValue, "Unqualified"),
                (ProcessLintCodes.NoWayOut, "Open"),
            ],
            master.Report.Findings.Select(f => (f.Code, f.Value)));
        Assert.Equal([master], report.WithFindings);
        Assert.False(report.IsClean);
    }

    private void Copy(string fixtureFolder, string file, string to)
    {
        var target = Path.Combine(_root, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Fixture.Path(fixtureFolder, file), target);
    }
}
