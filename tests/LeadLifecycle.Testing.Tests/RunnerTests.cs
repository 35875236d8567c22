using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.Testing.Tests;

public sealed class RunnerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SequentialIdGenerator _ids = new();

    private LeadWorkflow Leads => new(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });

    private Lead NewLead() => Leads.Create(new Lead { LastName = "Lovelace", Company = "Acme" }).ShouldSucceed();

    [Fact]
    public void Run_RecordsEveryStep_WithResultEventAndRecordsBeforeAndAfter()
    {
        var lead = NewLead();
        var trace = new LeadRunner(Leads).Run(lead, [new LeadStep.MarkContacted(), new LeadStep.MoveTo("Closed - Converted"), new LeadStep.Disqualify("Lost")]);

        Assert.True(trace.HoldsInvariants);
        Assert.Equal([0, 1, 2], trace.Entries.Select(e => e.Index));
        Assert.Equal([true, false, true], trace.Entries.Select(e => e.Succeeded));
        Assert.Equal([true, false, true], trace.Entries.Select(e => e.CanAnswer));
        var contacted = trace.Entries[0];
        Assert.Same(lead, contacted.Before);
        Assert.Equal("Working - Contacted", contacted.After.Status);
        Assert.Equal(new LeadStatusChanged(lead.Id, "Open - Not Contacted", "Working - Contacted", LeadStatusTrigger.MarkContacted, _time.GetUtcNow()), contacted.Event);
        Assert.Same(contacted.After, trace.Entries[1].Before);
        Assert.Same(trace.Entries[1].Before, trace.Entries[1].After);
        Assert.Null(trace.Entries[1].Event);
        Assert.Equal("Closed - Not Converted", trace.Final.Status);
    }

    [Fact]
    public void Trace_PrintsEachStepAsTheCallItMakes()
    {
        var trace = new LeadRunner(Leads).Run(NewLead(), [new LeadStep.MarkContacted(), new LeadStep.MoveTo("Closed - Converted")]);
        var lines = trace.ToString().Split(Environment.NewLine);
        Assert.Equal("Every invariant held in a run of 2 steps from \"Open - Not Contacted\":", lines[0]);
        Assert.Equal("  #0 MarkContacted: \"Open - Not Contacted\" -> \"Working - Contacted\" (LeadStatusChanged)", lines[1]);
        Assert.True(lines[2].StartsWith("  #1 MoveTo(\"Closed - Converted\"): refused at \"Working - Contacted\" (" + ErrorCodes.LeadConversionRequired + ": ", StringComparison.Ordinal), lines[2]);
    }

    [Fact]
    public void Run_StopsAtTheFirstBrokenInvariant_AndShouldHoldInvariantsThrowsWithTheTrace()
    {
        var runner = new LeadRunner(Leads).Invariant("never contacted", (_, _, after) => after.Status != "Working - Contacted");
        var trace = runner.Run(NewLead(), [new LeadStep.SetEmail("ada@example.com"), new LeadStep.MarkContacted(), new LeadStep.Disqualify("Lost")]);

        Assert.Equal(2, trace.Entries.Count);
        var violation = Assert.Single(trace.Violations);
        Assert.Equal(new InvariantViolation("never contacted", 1, "MarkContacted", "returned false"), violation);
        var exception = Assert.Throws<LifecycleAssertionException>(() => trace.ShouldHoldInvariants());
        Assert.Contains("'never contacted' broken by step #1 MarkContacted: returned false", exception.Message, StringComparison.Ordinal);
        Assert.Contains("#0 SetEmail(\"ada@example.com\")", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportsAnInvariantThatThrows_AsBroken()
    {
        var trace = new LeadRunner(Leads).Invariant("throws", entry => throw new InvalidOperationException("boom")).Run(NewLead(), [new LeadStep.MarkContacted()]);
        Assert.Equal("the invariant threw InvalidOperationException: boom", Assert.Single(trace.Violations).Detail);
    }

    [Fact]
    public void Invariant_ReturnsANewRunner_AndLeavesTheOriginalAsItWas()
    {
        var runner = new LeadRunner(Leads);
        var stricter = runner.Invariant("never contacted", (_, _, after) => after.Status != "Working - Contacted");
        Assert.Equal(runner.InvariantNames.Count + 1, stricter.InvariantNames.Count);
        Assert.True(runner.Run(NewLead(), [new LeadStep.MarkContacted()]).HoldsInvariants);
        Assert.False(stricter.Run(NewLead(), [new LeadStep.MarkContacted()]).HoldsInvariants);
    }

    [Fact]
    public void ConvertStep_GoesThroughTheConverter_AndItsEventIsTheConversion()
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });
        var trace = new LeadRunner(Leads, converter).Run(NewLead(), [new LeadStep.Convert(new ConversionRequest("Closed - Converted")), new LeadStep.MarkContacted()]);

        Assert.True(trace.HoldsInvariants, trace.ToString());
        var converted = Assert.IsType<LeadConverted>(trace.Entries[0].Event);
        Assert.Equal("001000002", converted.AccountId.Value);
        Assert.True(trace.Final.IsConverted);
        Assert.False(trace.Entries[1].Succeeded);
    }

    [Fact]
    public void ConvertStep_WithoutAConverter_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new LeadRunner(Leads).Run(NewLead(), [new LeadStep.Convert(new ConversionRequest("Closed - Converted"))]));
        Assert.Contains("give the LeadRunner a LeadConverter", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetEmail_OnAConvertedLead_GoesThroughConvertedLeadEdits()
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });
        var trace = new LeadRunner(Leads, converter).Run(NewLead(), [new LeadStep.Convert(new ConversionRequest("Closed - Converted")), new LeadStep.SetEmail("ada@example.com")]);
        Assert.False(trace.Entries[1].Succeeded);
        Assert.Equal(false, trace.Entries[1].CanAnswer);
        Assert.Null(trace.Final.Email);
    }

    [Fact]
    public void OpportunityRunner_RecordsStageAndFieldChanges()
    {
        var workflow = new OpportunityWorkflow(SalesProcess.SalesforceDefault, new OpportunityWorkflowOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });
        var deal = workflow.Create(new Opportunity { Name = "Acme", CloseDate = new DateOnly(2026, 6, 30) }).ShouldSucceed();
        var trace = new OpportunityRunner(workflow).Run(deal, [new OpportunityStep.Advance(), new OpportunityStep.ChangeAmount(500m), new OpportunityStep.CloseAsWon(), new OpportunityStep.MoveTo("Prospecting")]);

        Assert.True(trace.HoldsInvariants, trace.ToString());
        Assert.Equal([true, true, true, false], trace.Entries.Select(e => e.Succeeded));
        Assert.IsType<OpportunityFieldChanged>(trace.Entries[1].Event);
        Assert.IsType<OpportunityWon>(trace.Entries[2].Event);
        Assert.Equal(("Closed Won", 500m), (trace.Final.Stage, trace.Final.Amount));
    }

    [Fact]
    public void Steps_PrintAsTheCallsTheyMake()
    {
        Assert.Equal(
            "MarkContacted | MoveTo(\"Working\") | Disqualify(\"Lost\", \"Junk\") | Recycle | SetEmail(null) | Convert(\"Qualified\", DoNotCreateOpportunity)",
            string.Join(" | ", new LeadStep[] { new LeadStep.MarkContacted(), new LeadStep.MoveTo("Working"), new LeadStep.Disqualify("Lost", "Junk"), new LeadStep.Recycle(), new LeadStep.SetEmail(null), new LeadStep.Convert(new ConversionRequest("Qualified") { DoNotCreateOpportunity = true }) }));
        Assert.Equal(
            "MoveTo(\"Negotiation\") | Advance | CloseAsLost(Reason = \"Price\", Competitor = \"Rival\") | ChangeAmount(12.5m) | ChangeCloseDate(2026-06-30) | OverrideProbability(40) | OverrideForecastCategory(Commit)",
            string.Join(" | ", new OpportunityStep[] { new OpportunityStep.MoveTo("Negotiation"), new OpportunityStep.Advance(), new OpportunityStep.CloseAsLost(new LossDetails { Reason = "Price", Competitor = "Rival" }), new OpportunityStep.ChangeAmount(12.5m), new OpportunityStep.ChangeCloseDate(new DateOnly(2026, 6, 30)), new OpportunityStep.OverrideProbability(40), new OpportunityStep.OverrideForecastCategory(ForecastCategory.Commit) }));
    }
}
