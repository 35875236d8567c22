using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.Testing.Tests;

// Issue 12's "new user" tests (231 hand-written lines without the kit): a HubSpot-like lead lifecycle with a guard,
// a custom sales process with forward-only and required fields, six facts and two FsCheck properties.
public sealed class UserPipelineWithKitTests
{
    private static readonly LeadTransitionGuard HasEmail = new("has an email", l => !string.IsNullOrEmpty(l.Email));

    private static readonly LeadProcess Lifecycle = new LeadProcessBuilder("HubSpot-like")
        .AddOpenStatus("Subscriber", isDefault: true).AddOpenStatus("Lead").AddOpenStatus("Marketing Qualified Lead")
        .AddConvertedStatus("Sales Qualified Lead").AddDisqualifiedStatus("Unqualified").PermitStandardTransitions()
        .RequireOnEntry("Marketing Qualified Lead", HasEmail).RequireOnEntry("Sales Qualified Lead", HasEmail)
        .WithPolicy(new LeadProcessPolicy { ForwardOnly = true }).Build();

    private static readonly SalesProcess Deals = new SalesProcessBuilder("Deals")
        .AddOpenStage("Discovery", 20).AddOpenStage("Demo", 50).AddOpenStage("Proposal", 75).AddWonStage("Won").AddLostStage("Lost")
        .WithPolicy(new SalesProcessPolicy { ForwardOnly = true }).RequireFields("Proposal", OpportunityField.Amount).Build();

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SequentialIdGenerator _ids = new();

    private LeadWorkflow Leads => new(Lifecycle, new() { TimeProvider = _time, IdGenerator = _ids });

    private OpportunityWorkflow Opportunities => new(Deals, new() { TimeProvider = _time, IdGenerator = _ids });

    private LeadConverter Converter => new(Lifecycle, new() { TimeProvider = _time, IdGenerator = _ids, SalesProcess = Deals });

    private Lead NewLead(string? email = null) => Leads.Create(new Lead { LastName = "Lovelace", Company = "Acme", Email = email }).ShouldSucceed();

    [Fact]
    public void NewLead_StartsAsSubscriber_WithAPredictableIdAndTime()
    {
        var lead = NewLead();
        Assert.Equal(("00Q000001", "Subscriber", _time.GetUtcNow()), (lead.Id.Value, lead.Status, lead.CreatedAt!.Value));
    }

    [Fact]
    public void MarketingQualified_WithoutEmail_IsRefusedNamingTheGuard() =>
        Assert.Contains("has an email", Leads.MoveTo(NewLead(), "Marketing Qualified Lead").ShouldFailWith<LeadTransitionNotPermittedError>().UnmetGuards);

    [Fact]
    public void Lifecycle_OnlyMovesForward()
    {
        var qualified = Leads.MoveTo(NewLead("ada@example.com"), "Marketing Qualified Lead").ShouldSucceed().Lead;
        Assert.Equal("Lead", Leads.MoveTo(qualified, "Lead").ShouldFailWith<LeadStatusBackwardMoveError>().ToStatus);
    }

    [Fact]
    public void Conversion_CreatesAccountContactAndADealInDiscovery()
    {
        var converted = Converter.Convert(NewLead("ada@example.com"), new ConversionRequest("Sales Qualified Lead")).ShouldSucceed();
        Assert.Equal(("001000002", "003000003", "006000004", "Discovery"), (converted.Account.Id.Value, converted.Contact.Id.Value, converted.Opportunity!.Id.Value, converted.Opportunity.Stage));
    }

    [Fact]
    public void Proposal_RequiresAnAmount()
    {
        var deal = Opportunities.Create(new Opportunity { Name = "Acme", CloseDate = new DateOnly(2026, 6, 30) }).ShouldSucceed();
        Assert.Equal([OpportunityField.Amount], Opportunities.MoveTo(deal, "Proposal").ShouldFailWith<StageRequiredFieldsMissingError>().MissingFields);
    }

    [Fact]
    public void Deals_OnlyMoveForward()
    {
        var deal = Opportunities.Create(new Opportunity { Name = "Acme", CloseDate = new DateOnly(2026, 6, 30), Stage = "Demo" }).ShouldSucceed();
        Assert.Equal("Discovery", Opportunities.MoveTo(deal, "Discovery").ShouldFailWith<BackwardStageMoveError>().ToStage);
    }

    [Property]
    public Property RandomLeadJourneys_NeverConvertALeadWithoutEmail() =>
        Prop.ForAll(LifecycleArbitraries.Leads(Lifecycle), LifecycleArbitraries.LeadStepsWithConversion(Lifecycle), (lead, steps) =>
            new LeadRunner(Leads, Converter).Invariant("no converted lead without email", (_, _, after) => !after.IsConverted || after.Email is not null)
                .Run(lead, steps).ShouldHoldInvariants());

    [Property]
    public Property RandomDeals_NeverWinWithoutAmount_NorMoveBackWhileOpen() =>
        Prop.ForAll(LifecycleArbitraries.Opportunities(Deals), LifecycleArbitraries.OpportunitySteps(Deals), (deal, steps) =>
            new OpportunityRunner(Opportunities).Invariant("no won deal without an amount", (_, _, after) => !after.IsWon || after.Amount is not null)
                .Invariant("open deals move forward", (before, _, after) => before.IsClosed || after.IsClosed || Order(after) >= Order(before))
                .Run(deal, steps).ShouldHoldInvariants());

    private static int Order(Opportunity deal) => Deals.Stages.Select(s => s.Name).ToList().IndexOf(deal.Stage);
}
