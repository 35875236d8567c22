using LeadLifecycle.Linting;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>Examples of each sales process lint finding, and the presets.</summary>
public sealed class SalesProcessLintTests
{
    private static ProcessLintStep Step(string from, OpportunityStageTrigger trigger, string to) => new(from, trigger.ToString(), to);

    [Fact]
    public void Lint_Presets_AreClean()
    {
        Assert.True(SalesProcess.SalesforceDefault.Lint().IsClean, SalesProcess.SalesforceDefault.Lint().ToString());
        Assert.True(SalesProcess.HubSpotDefault.Lint().IsClean, SalesProcess.HubSpotDefault.Lint().ToString());
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    public void Lint_SalesforceStagesUnderEveryPolicy_AreClean(bool forwardOnly, bool noSkipping, bool lockClosed)
    {
        var process = new SalesProcessBuilder("Policy").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = forwardOnly, NoSkipping = noSkipping, LockClosed = lockClosed })
            .RequireFields("Proposal/Price Quote", OpportunityField.Amount)
            .Build();

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_ForwardOnly_ClosedStagesBeforeTheOpenOnes_NothingCloses()
    {
        var process = new SalesProcessBuilder("Closed first")
            .AddWonStage("Won")
            .AddLostStage("Lost")
            .AddOpenStage("Discovery", 10)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true })
            .Build();

        var findings = process.Lint().Findings;

        Assert.Equal(
            [(ProcessLintCodes.UnreachableOutcome, "Won"), (ProcessLintCodes.UnreachableValue, "Lost"), (ProcessLintCodes.NoWayOut, "Discovery")],
            findings.Select(f => (f.Code, f.Value)));
        Assert.IsType<UnreachableOutcomeFinding>(findings[0]);
        Assert.Empty(Assert.IsType<NoWayOutFinding>(findings[2]).Path);
        Assert.Contains("can never be won or lost", findings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_NoSkipping_NoWayOutPathAdvancesStageByStage()
    {
        // Forward-only and no skipping: the won stage sits before the last open stage and there is no lost stage, so
        // an opportunity that moves on to Review can never close.
        var process = new SalesProcessBuilder("Stepwise")
            .AddOpenStage("Discovery", 10)
            .AddOpenStage("Proposal", 50)
            .AddWonStage("Won")
            .AddOpenStage("Review", 90)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, NoSkipping = true })
            .Build();

        var finding = Assert.IsType<NoWayOutFinding>(Assert.Single(process.Lint().Findings));

        Assert.Equal("Review", finding.Value);
        Assert.Equal(
            [Step("Discovery", OpportunityStageTrigger.MoveTo, "Proposal"), Step("Proposal", OpportunityStageTrigger.MoveTo, "Review")],
            finding.Path);
    }

    [Fact]
    public void Lint_RequiredFieldsFromAnInactiveStage_NeverApplyThere()
    {
        var process = new SalesProcessBuilder("Retired rule")
            .AddOpenStage("Discovery", 10)
            .AddStage(new OpportunityStage("Retired") { Probability = 30, IsActive = false, SortOrder = 2 })
            .AddOpenStage("Proposal", 50)
            .AddWonStage("Won")
            .AddLostStage("Lost")
            .RequireFields("Retired", OpportunityField.Amount)
            .RequireFields("Proposal", OpportunityField.Amount, OpportunityField.CloseDate)
            .Build();

        var finding = Assert.IsType<UnreachableRequiredFieldsFinding>(Assert.Single(process.Lint().Findings));

        Assert.Equal((ProcessLintCodes.UnreachableRequiredFields, "Retired", false), (finding.Code, finding.Value, finding.IsStageActive));
        Assert.Equal([OpportunityField.Amount], finding.Fields);
    }

    [Fact]
    public void Lint_RequiredFieldsOnAnUnreachableWonStage_ReportsTheStageAndTheRule()
    {
        var process = new SalesProcessBuilder("Won first")
            .AddWonStage("Won")
            .AddOpenStage("Discovery", 10)
            .AddLostStage("Lost")
            .RequireFields("Won", OpportunityField.ContactId)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true })
            .Build();

        var findings = process.Lint().Findings;

        Assert.Equal([(ProcessLintCodes.UnreachableOutcome, "Won"), (ProcessLintCodes.UnreachableRequiredFields, "Won")], findings.Select(f => (f.Code, f.Value)));
        Assert.True(Assert.IsType<UnreachableRequiredFieldsFinding>(findings[1]).IsStageActive);
    }

    [Fact]
    public void Lint_LockedClosed_LostStageFirst_WonStageStillReachedFromOpenStages()
    {
        var process = new SalesProcessBuilder("Locked")
            .AddLostStage("Lost")
            .AddOpenStage("Discovery", 10)
            .AddWonStage("Won")
            .WithPolicy(new SalesProcessPolicy { LockClosed = true })
            .Build();

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_ForecastCategoryContradictingTheFlags_IsReported()
    {
        var process = new SalesProcessBuilder("Forecasts")
            .AddOpenStage("Discovery", 10)
            .AddStage(new OpportunityStage("Signed") { Probability = 100, ForecastCategory = ForecastCategory.Commit, IsClosed = true, IsWon = true, SortOrder = 2 })
            .AddStage(new OpportunityStage("Verbal") { Probability = 90, ForecastCategory = ForecastCategory.Closed, SortOrder = 3 })
            .AddLostStage("Lost")
            .Build();

        var findings = process.Lint().Findings.OfType<ForecastCategoryMismatchFinding>().ToArray();

        Assert.Equal([("Signed", ForecastCategory.Commit), ("Verbal", ForecastCategory.Closed)], findings.Select(f => (f.Value!, f.ForecastCategory)));
        Assert.All(findings, f => Assert.Equal(ProcessLintCodes.ForecastCategoryMismatch, f.Code));
    }

    [Fact]
    public void Lint_ClosedStagesOnly_IsClean()
    {
        var process = new SalesProcessBuilder("Closed only").AddLostStage("Closed Lost").AddWonStage("Closed Won").Build();

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }

    [Fact]
    public void Lint_DefaultInTheMiddleUnderForwardOnly_EarlierStagesReachedFromTheConversionStart()
    {
        var process = new SalesProcessBuilder("Default in the middle").AddStages(SalesProcess.SalesforceDefault.Stages)
            .WithDefaultStage("Needs Analysis").WithPolicy(new SalesProcessPolicy { ForwardOnly = true }).Build();

        Assert.True(process.Lint().IsClean, process.Lint().ToString());
    }
}
