using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing.Tests;

/// <summary>What each arbitrary promises, over random processes; and that shrinking keeps the promise.</summary>
[Properties(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 100)]
public sealed class ArbitraryProperties
{
    [Property]
    public void LeadProcessSpecs_AlwaysBuild_AndSoDoTheirShrinks(LeadProcessSpec spec)
    {
        Assert.True(spec.ToBuilder().TryBuild().IsSuccess, spec.ToString());
        Assert.All(LifecycleArbitraries.LeadProcessSpecs().Shrinker(spec), s => Assert.True(s.ToBuilder().TryBuild().IsSuccess, s.ToString()));
    }

    [Property]
    public void SalesProcessSpecs_AlwaysBuild_AndSoDoTheirShrinks(SalesProcessSpec spec)
    {
        Assert.True(spec.TryBuild().IsSuccess, spec.ToString());
        Assert.All(LifecycleArbitraries.SalesProcessSpecs().Shrinker(spec), s => Assert.True(s.TryBuild().IsSuccess, s.ToString()));
    }

    [Property]
    public void LeadDrafts_AreAcceptedByAProcessWithoutGuards(Lead draft) =>
        new LeadWorkflow(LeadProcess.SalesforceClassic).Create(draft).ShouldSucceed();

    [Property]
    public Property Leads_AreValidForTheirProcess_InAnActiveOpenStatus(LeadProcessSpec spec)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var leads = LifecycleArbitraries.Leads(process);
        return Prop.ForAll(leads, lead =>
        {
            Assert.Equal(lead.Status, workflow.Create(lead).ShouldSucceed().Status);
            Assert.True(process.FindStatus(lead.Status) is { IsOpen: true, IsActive: true });
            Assert.All(leads.Shrinker(lead), smaller => workflow.Create(smaller).ShouldSucceed());
        });
    }

    [Property]
    public Property InvalidLeads_AreRefused_WithAnErrorAboutTheNamedField(LeadProcessSpec spec)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        return Prop.ForAll(LifecycleArbitraries.InvalidLeads(process), invalid =>
        {
            var result = workflow.Create(invalid.Lead);
            Assert.True(result.IsFailed, invalid.Problem);
            Assert.Contains(result.Errors, e => e.Metadata.TryGetValue("Field", out var field) ? Equals(field, invalid.Field) : Equals(e.Metadata.GetValueOrDefault("Status"), invalid.Lead.Status));
        });
    }

    [Property]
    public Property Opportunities_AreAcceptedByTheirProcess_InTheStageTheyHold(SalesProcessSpec spec)
    {
        var process = spec.Build();
        var workflow = new OpportunityWorkflow(process);
        var opportunities = LifecycleArbitraries.Opportunities(process);
        return Prop.ForAll(opportunities, opportunity =>
        {
            var created = workflow.Create(opportunity).ShouldSucceed();
            Assert.Equal((opportunity.Stage, opportunity.IsClosed, opportunity.IsWon), (created.Stage, created.IsClosed, created.IsWon));
            Assert.All(opportunities.Shrinker(opportunity), smaller => workflow.Create(smaller).ShouldSucceed());
        });
    }

    [Property]
    public Property LeadSteps_NameOnlyStatusesOfTheProcess(LeadProcessSpec spec)
    {
        var process = spec.Build();
        var arbitrary = LifecycleArbitraries.LeadStepsWithConversion(process);
        return Prop.ForAll(arbitrary, steps => Assert.All(steps.Concat(arbitrary.Shrinker(steps).SelectMany(s => s)), step =>
        {
            var status = step switch
            {
                LeadStep.MoveTo move => move.Status,
                LeadStep.Disqualify disqualify => disqualify.Status,
                LeadStep.Recycle recycle => recycle.Status,
                LeadStep.Convert convert => convert.Request.ConvertedStatus,
                _ => null,
            };
            Assert.True(status is null || process.FindStatus(status) is not null, step.ToString());
            Assert.True(step is not LeadStep.Convert c || process.FindStatus(c.Request.ConvertedStatus)!.IsConverted);
        }));
    }

    [Property]
    public Property OpportunitySteps_NameOnlyStagesOfTheProcess(SalesProcessSpec spec)
    {
        var process = spec.Build();
        var arbitrary = LifecycleArbitraries.OpportunitySteps(process);
        return Prop.ForAll(arbitrary, steps => Assert.All(steps.Concat(arbitrary.Shrinker(steps).SelectMany(s => s)), step =>
        {
            var stage = step switch
            {
                OpportunityStep.MoveTo move => move.Stage,
                OpportunityStep.CloseAsWon won => won.Stage,
                OpportunityStep.CloseAsLost lost => lost.Stage,
                OpportunityStep.Reopen reopen => reopen.Stage,
                OpportunityStep.ChangeStage change => change.Stage,
                _ => null,
            };
            Assert.True(stage is null || process.FindStage(stage) is not null, step.ToString());
        }));
    }

    [Property]
    public Property ConversionRequests_FitTheProcess_AndConvertAnOpenLeadWithEmail(LeadProcessSpec spec)
    {
        var process = spec.Build();
        var converter = new LeadConverter(process, new LeadConverterOptions { IdGenerator = new SequentialIdGenerator() });
        var lead = new LeadWorkflow(process).Create(new Lead { LastName = "Lovelace", Company = "Acme", Email = "ada@example.com" }).ShouldSucceed();
        return Prop.ForAll(LifecycleArbitraries.ConversionRequests(process), request =>
        {
            Assert.True(process.FindStatus(request.ConvertedStatus)!.IsConverted);
            converter.Convert(lead, request).ShouldSucceed();
        });
    }

    /// <summary>The library itself, through the kit: over random processes, random verb sequences (conversions
    /// included) keep every built-in invariant, CanX agreeing with X first.</summary>
    [Property]
    public Property RandomLeadRuns_KeepTheBuiltInInvariants(LeadProcessSpec spec)
    {
        var process = spec.Build();
        var runner = new LeadRunner(new LeadWorkflow(process), new LeadConverter(process));
        return Prop.ForAll(LifecycleArbitraries.Leads(process), LifecycleArbitraries.LeadStepsWithConversion(process), (lead, steps) => runner.Run(lead, steps).ToProperty());
    }

    [Property]
    public Property RandomOpportunityRuns_KeepTheBuiltInInvariants(SalesProcessSpec spec)
    {
        var process = spec.Build();
        var runner = new OpportunityRunner(new OpportunityWorkflow(process));
        return Prop.ForAll(LifecycleArbitraries.Opportunities(process), LifecycleArbitraries.OpportunitySteps(process), (opportunity, steps) => runner.Run(opportunity, steps).ToProperty());
    }
}
