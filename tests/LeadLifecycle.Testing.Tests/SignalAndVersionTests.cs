using FluentResults;
using Result = FluentResults.Result;
using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.Testing.Tests;

/// <summary>The signal-verb steps, and the built-in <c>Version</c> invariants of the runners.</summary>
public sealed class SignalAndVersionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SequentialIdGenerator _ids = new();

    private LeadWorkflow Leads => new(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });

    private LeadConverter Converter => new(LeadProcess.SalesforceClassic, new LeadConverterOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });

    private Lead NewLead() => Leads.Create(new Lead { LastName = "Lovelace", Company = "Acme" }).ShouldSucceed();

    [Fact]
    public void SignalSteps_PrintAsTheCallsTheyMake()
    {
        Assert.Equal(
            "RecordInterestShown | RecordMeetingAgreed | RecordPricingAgreed",
            string.Join(" | ", new LeadStep[] { new LeadStep.RecordInterestShown(), new LeadStep.RecordMeetingAgreed(), new LeadStep.RecordPricingAgreed() }));
    }

    [Fact]
    public void SignalSteps_GoThroughTheVerbs_SetTheirTimes_RecordTheirEvents_AndBumpTheVersionEachTime()
    {
        var lead = NewLead();
        var trace = new LeadRunner(Leads).Run(lead, [new LeadStep.RecordInterestShown(), new LeadStep.RecordMeetingAgreed(), new LeadStep.RecordPricingAgreed(), new LeadStep.RecordInterestShown()]);

        Assert.True(trace.HoldsInvariants, trace.ToString());
        Assert.Equal([true, true, true, true], trace.Entries.Select(e => e.CanAnswer));
        Assert.Equal(
            [LeadSignal.InterestShown, LeadSignal.MeetingAgreed, LeadSignal.PricingAgreed, LeadSignal.InterestShown],
            trace.Entries.Select(e => Assert.IsType<LeadSignalRecorded>(e.Event).Signal));
        Assert.Equal([true, true, true, false], trace.Entries.Select(e => ((LeadSignalRecorded)e.Event!).IsFirst));
        Assert.Equal([lead.Version + 1, lead.Version + 2, lead.Version + 3, lead.Version + 4], trace.Entries.Select(e => e.After.Version));
        Assert.Equal((_time.GetUtcNow(), _time.GetUtcNow(), _time.GetUtcNow()), (trace.Final.InterestShownAt, trace.Final.MeetingAgreedAt, trace.Final.PricingAgreedAt));
        Assert.Equal(lead.Status, trace.Final.Status);
        Assert.Equal("  #0 RecordInterestShown: \"Open - Not Contacted\" -> \"Open - Not Contacted\" (LeadSignalRecorded)", trace.ToString().Split(Environment.NewLine)[1]);
    }

    [Fact]
    public void SignalSteps_OnAConvertedLead_AreRefused_AsTheirCanXPredicts_AndLeaveTheVersion()
    {
        var trace = new LeadRunner(Leads, Converter).Run(NewLead(), [new LeadStep.Convert(new ConversionRequest("Closed - Converted")), new LeadStep.RecordInterestShown(), new LeadStep.RecordMeetingAgreed(), new LeadStep.RecordPricingAgreed()]);

        Assert.True(trace.HoldsInvariants, trace.ToString());
        foreach (var entry in trace.Entries.Skip(1))
        {
            Assert.False(entry.Succeeded);
            Assert.Equal(false, entry.CanAnswer);
            Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(entry.Result.Errors));
            Assert.Same(entry.Before, entry.After);
        }

        Assert.Null(trace.Final.PricingAgreedAt);
    }

    [Fact]
    public void LeadStepArbitraries_GenerateEverySignalStep()
    {
        var generated = LifecycleArbitraries.LeadSteps(LeadProcess.SalesforceClassic).Generator.Sample(50, 30).SelectMany(s => s).ToList();
        Assert.Contains(new LeadStep.RecordInterestShown(), generated);
        Assert.Contains(new LeadStep.RecordMeetingAgreed(), generated);
        Assert.Contains(new LeadStep.RecordPricingAgreed(), generated);

        var withConversion = LifecycleArbitraries.LeadStepsWithConversion(LeadProcess.SalesforceClassic).Generator.Sample(50, 30).SelectMany(s => s).ToList();
        Assert.Contains(new LeadStep.RecordPricingAgreed(), withConversion);
    }

    /// <summary>A signal step that breaks an invariant, buried in 20 or more random steps, shrinks to that step alone.</summary>
    [Fact]
    public void ACounterexampleNeedingOneSignal_ShrinksToThatSignalAlone()
    {
        var runner = new LeadRunner(Leads).Invariant("pricing is never agreed", (_, _, after) => after.PricingAgreedAt is null);
        var lead = NewLead();
        var steps = LifecycleArbitraries.LeadSteps(LeadProcess.SalesforceClassic);
        var long20 = Arb.From(steps.Generator.Where(s => s.Length >= 20 && s.Contains(new LeadStep.RecordPricingAgreed())), steps.Shrinker);

        var found = LifecycleCheck.FindCounterexample(long20, s => runner.Run(lead, s).HoldsInvariants, maxTest: 100);

        Assert.NotNull(found);
        Assert.True(found.Original.Length >= 20);
        Assert.Equal([new LeadStep.RecordPricingAgreed()], found.Shrunk);
    }

    [Fact]
    public void TheVersionInvariants_AreBuiltIn_ForLeadAndOpportunityRuns()
    {
        Assert.Contains(VersionChecks.StepName, new LeadRunner(Leads).InvariantNames);
        Assert.Contains(VersionChecks.ConversionName, new LeadRunner(Leads).InvariantNames);
        var opportunities = new OpportunityWorkflow(SalesProcess.SalesforceDefault, new OpportunityWorkflowOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });
        Assert.Contains(VersionChecks.StepName, new OpportunityRunner(opportunities).InvariantNames);
    }

    [Theory]
    [InlineData(3L, 4L, true, null)]
    [InlineData(3L, 3L, false, null)]
    [InlineData(long.MaxValue, long.MinValue, true, null)]
    [InlineData(3L, 3L, true, "Version went from 3 to 3 after a successful step; expected 4")]
    [InlineData(3L, 5L, true, "Version went from 3 to 5 after a successful step; expected 4")]
    [InlineData(3L, 4L, false, "Version went from 3 to 4 after a refused step; expected 3")]
    public void TheStepVersionCheck_WantsOneMoreAfterASuccess_AndTheSameAfterARefusal(long before, long after, bool succeeded, string? expected) =>
        Assert.Equal(expected, VersionChecks.Step(before, after, succeeded));

    [Fact]
    public void AnEmailEditOfAnOpenLead_IsNotAVerb_AndIsNotVersioned()
    {
        var lead = NewLead();
        var open = new LeadRunner(Leads).Run(lead, [new LeadStep.SetEmail("ada@example.com")]);
        Assert.True(open.HoldsInvariants, open.ToString());
        Assert.Equal(lead.Version, open.Final.Version);
    }

    [Fact]
    public void AConversionIntoExistingRecords_ReturnsThemOneVersionLater_AndNewRecordsAtVersionOne()
    {
        var account = new Account { Id = new AccountId("001EXISTING0001"), Name = "Analytical Engines Holding", Version = 5 };
        var contact = new Contact { Id = new ContactId("003EXISTING0001"), AccountId = account.Id, LastName = "Lovelace", Version = 9 };
        var lead = NewLead();
        var merged = new ConversionRequest("Closed - Converted") { ExistingAccount = account, ExistingContact = contact };
        var trace = new LeadRunner(Leads, Converter).Run(lead, [new LeadStep.Convert(merged)]);

        Assert.True(trace.HoldsInvariants, trace.ToString());
        var conversion = ((Result<LeadConversion>)trace.Entries[0].Result).Value;
        Assert.Equal((6L, 10L, 1L, lead.Version + 1), (conversion.Account.Version, conversion.Contact.Version, conversion.Opportunity!.Version, conversion.Lead.Version));
    }

    [Fact]
    public void TheConversionVersionCheck_NamesEveryRecordWithAWrongVersion()
    {
        var account = new Account { Id = new AccountId("001EXISTING0001"), Name = "Analytical Engines Holding", Version = 5 };
        var request = new ConversionRequest("Closed - Converted") { ExistingAccount = account };
        var conversion = Converter.Convert(NewLead(), request).ShouldSucceed();
        Assert.Null(VersionChecks.Conversion(request, Result.Ok(conversion)));

        var tampered = conversion with
        {
            Account = conversion.Account with { Version = 5 },
            Contact = conversion.Contact with { Version = 2 },
            Opportunity = conversion.Opportunity! with { Version = 0 },
        };
        Assert.Equal(
            "the account is at Version 5, expected 6; the contact is at Version 2, expected 1; the opportunity is at Version 0, expected 1",
            VersionChecks.Conversion(request, Result.Ok(tampered)));
        Assert.Null(VersionChecks.Conversion(request, Result.Fail<LeadConversion>("refused")));
    }

    [Fact]
    public void OpportunityRuns_ReturnTheOpportunityOneVersionLaterPerSuccessfulStep()
    {
        var workflow = new OpportunityWorkflow(SalesProcess.SalesforceDefault, new OpportunityWorkflowOptions { TimeProvider = _time, IdGenerator = _ids, EnableTelemetry = false });
        var deal = workflow.Create(new Opportunity { Name = "Acme", CloseDate = new DateOnly(2026, 6, 30) }).ShouldSucceed();
        var trace = new OpportunityRunner(workflow).Run(deal, [new OpportunityStep.Advance(), new OpportunityStep.ChangeAmount(500m), new OpportunityStep.CloseAsWon(), new OpportunityStep.MoveTo("Prospecting")]);

        Assert.True(trace.HoldsInvariants, trace.ToString());
        Assert.Equal([deal.Version + 1, deal.Version + 2, deal.Version + 3, deal.Version + 3], trace.Entries.Select(e => e.After.Version));
    }
}
