using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Entry guards and trigger guards: every path into a guarded status, conversion included.</summary>
public sealed class LeadProcessGuardTests
{
    private const string HasEmail = "lead has an email address";
    private static readonly LeadTransitionGuard EmailGuard = new(HasEmail, l => !string.IsNullOrEmpty(l.Email));

    private static LeadProcessBuilder Inbound() => new LeadProcessBuilder("Inbound")
        .AddOpenStatus("Working", isDefault: true)
        .AddOpenStatus("Nurturing")
        .AddConvertedStatus("Qualified")
        .AddConvertedStatus("Qualified - Partner")
        .AddDisqualifiedStatus("Unqualified")
        .PermitStandardTransitions();

    private static Lead Created(LeadWorkflow workflow, string? email = null) =>
        workflow.Create(new Lead { LastName = "L", Company = "C", Email = email }).Value;

    [Fact]
    public void PermitWithGuard_GuardsOnlyThatEdge_TheReadmeTrap()
    {
        var process = Inbound().Permit(LeadStatusTrigger.Convert, "Working", "Qualified", EmailGuard).Build();
        var converter = new LeadConverter(process);
        var lead = Created(new LeadWorkflow(process));

        Assert.False(converter.Convert(lead, new ConversionRequest("Qualified")).IsSuccess);
        Assert.True(converter.Convert(lead, new ConversionRequest("Qualified - Partner")).IsSuccess);
    }

    [Fact]
    public void RequireOnEntry_GuardsConversionFromEveryStatus()
    {
        var process = Inbound().RequireOnEntry("Qualified", EmailGuard).Build();
        var workflow = new LeadWorkflow(process);
        var converter = new LeadConverter(process);
        var lead = Created(workflow);
        var nurturing = workflow.MoveTo(lead, "Nurturing").Value.Lead;

        var refused = converter.Convert(nurturing, new ConversionRequest("Qualified"));

        var error = Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(refused.Errors));
        Assert.Equal([HasEmail], error.UnmetGuards);
        Assert.True(converter.Convert(nurturing with { Email = "a@b.co" }, new ConversionRequest("Qualified")).IsSuccess);
        Assert.True(converter.Convert(nurturing, new ConversionRequest("Qualified - Partner")).IsSuccess);
        Assert.Equal([HasEmail], process.GetGuardDescriptions("Unqualified", LeadStatusTrigger.Convert, "Qualified"));
    }

    [Fact]
    public void RequireOnEntry_GuardsEveryStatusVerbIntoTheStatus_AndCreate()
    {
        var process = Inbound().RequireOnEntry("Nurturing", EmailGuard).Build();
        var workflow = new LeadWorkflow(process);
        var lead = Created(workflow);
        var unqualified = workflow.Disqualify(lead, "Budget").Value.Lead;

        Assert.False(workflow.CanMoveTo(lead, "Nurturing"));
        Assert.False(workflow.CanRecycle(unqualified, "Nurturing"));
        Assert.True(workflow.CanRecycle(unqualified with { Email = "a@b.co" }, "Nurturing"));
        var error = Assert.IsType<InvalidFieldValueError>(Assert.Single(workflow.Create(new Lead { LastName = "L", Company = "C", Status = "Nurturing" }).Errors));
        Assert.Contains(HasEmail, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireForTrigger_GuardsEveryTransitionOfTheTrigger()
    {
        var process = Inbound().RequireForTrigger(LeadStatusTrigger.Convert, EmailGuard).Build();
        var converter = new LeadConverter(process);
        var lead = Created(new LeadWorkflow(process));

        foreach (var status in process.ConvertedStatuses)
        {
            var error = Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(converter.Convert(lead, new ConversionRequest(status.Name)).Errors));
            Assert.Equal([HasEmail], error.UnmetGuards);
        }

        Assert.True(new LeadWorkflow(process).CanMoveTo(lead, "Nurturing"));
    }

    [Fact]
    public void Guards_AreListedInOrder_OwnThenTriggerThenEntry()
    {
        var own = new LeadTransitionGuard("own", _ => true);
        var trigger = new LeadTransitionGuard("trigger", _ => true);
        var entry = new LeadTransitionGuard("entry", _ => true);
        var process = Inbound()
            .RequireOnEntry("Nurturing", entry)
            .RequireForTrigger(LeadStatusTrigger.MoveTo, trigger)
            .Permit(LeadStatusTrigger.MoveTo, "Working", "Nurturing", own)
            .Build();

        Assert.Equal(["own", "trigger", "entry"], process.GetGuardDescriptions("Working", LeadStatusTrigger.MoveTo, "Nurturing"));
    }

    [Fact]
    public void RequireOnEntry_OfAnUnknownStatus_IsADefinitionError()
    {
        var result = Inbound().RequireOnEntry("Nowhere", EmailGuard).TryBuild();

        var error = Assert.IsType<UnknownValueError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.UnknownValue, error.Code);
    }

    [Fact]
    public void RequireForTrigger_WithAnUndefinedTrigger_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Inbound().RequireForTrigger((LeadStatusTrigger)99, EmailGuard));
    }

    [Fact]
    public void EntryGuards_AreDrawnInTheDiagram()
    {
        var process = Inbound().RequireOnEntry("Qualified", EmailGuard).Build();

        Assert.Contains(HasEmail, process.ToMermaidGraph(), StringComparison.Ordinal);
    }
}
