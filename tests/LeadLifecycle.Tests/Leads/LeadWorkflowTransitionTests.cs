using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Leads;

public sealed class LeadWorkflowTransitionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));
    private readonly LeadWorkflow _workflow;
    private readonly Lead _lead;

    public LeadWorkflowTransitionTests()
    {
        _workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = _time, IdGenerator = new SequentialIdGenerator() });
        _lead = _workflow.Create(new Lead { LastName = "Lovelace", Company = "Engines" }).Value;
    }

    [Fact]
    public void MarkContacted_FromOpen_MovesToWorkingAndRecordsTheEvent()
    {
        _time.Advance(TimeSpan.FromHours(2));

        var (lead, @event) = _workflow.MarkContacted(_lead).Value;

        Assert.Equal("Working - Contacted", lead.Status);
        Assert.Equal(new LeadStatusChanged(_lead.Id, "Open - Not Contacted", "Working - Contacted", LeadStatusTrigger.MarkContacted, _time.GetUtcNow()), @event);
        Assert.Equal("Open - Not Contacted", _lead.Status);
    }

    [Fact]
    public void MarkContacted_WhenAlreadyContacted_FailsWithTransitionNotPermitted()
    {
        var contacted = _workflow.MarkContacted(_lead).Value.Lead;

        var error = Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(_workflow.MarkContacted(contacted).Errors));

        Assert.Equal(ErrorCodes.LeadTransitionNotPermitted, error.Code);
        Assert.Equal(("Working - Contacted", LeadStatusTrigger.MarkContacted, "Working - Contacted"), (error.FromStatus, error.Trigger, error.ToStatus));
        Assert.Empty(error.UnmetGuards);
    }

    [Fact]
    public void Disqualify_WithReason_ClosesTheLeadAndKeepsTheReason()
    {
        var (lead, changed) = _workflow.Disqualify(_lead, DisqualificationReasons.NoLongerInterested).Value;
        var @event = Assert.IsType<LeadStatusChanged>(changed);

        Assert.Equal("Closed - Not Converted", lead.Status);
        Assert.Equal("No Longer Interested", lead.DisqualificationReason);
        Assert.Equal("No Longer Interested", @event.Reason);
        Assert.Equal(LeadStatusTrigger.Disqualify, @event.Trigger);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Disqualify_WithoutReason_FailsWithReasonRequired(string reason)
    {
        var error = Assert.IsType<DisqualificationReasonRequiredError>(Assert.Single(_workflow.Disqualify(_lead, reason).Errors));

        Assert.Equal(ErrorCodes.DisqualificationReasonRequired, error.Code);
        Assert.Equal(_lead.Id, error.LeadId);
    }

    [Fact]
    public void Recycle_DisqualifiedLead_ReturnsToDefaultStatusAndClearsReason()
    {
        var disqualified = _workflow.Disqualify(_lead, "Budget").Value.Lead;

        var recycled = _workflow.Recycle(disqualified).Value.Lead;

        Assert.Equal("Open - Not Contacted", recycled.Status);
        Assert.Null(recycled.DisqualificationReason);
    }

    [Fact]
    public void Recycle_OpenLead_FailsSayingRecyclingStartsFromADisqualifiedStatus()
    {
        var error = Assert.IsType<RecycleRequiresDisqualifiedStatusError>(Assert.Single(_workflow.Recycle(_lead).Errors));

        Assert.Equal((ErrorCodes.RecycleRequiresDisqualifiedStatus, "Open - Not Contacted"), (error.Code, error.FromStatus));
        Assert.Contains("closed (disqualified) status", error.Message, StringComparison.Ordinal);
        Assert.Equal("Open - Not Contacted", error.Metadata[nameof(error.FromStatus)]);
    }

    [Fact]
    public void Recycle_WhenProcessForbidsIt_Fails()
    {
        var process = new LeadProcessBuilder("No recycling")
            .AddOpenStatus("Open", isDefault: true).AddConvertedStatus("Won").AddDisqualifiedStatus("Lost")
            .PermitStandardTransitions(allowRecycle: false).Build();
        var workflow = new LeadWorkflow(process);
        var lost = workflow.Disqualify(workflow.Create(new Lead { LastName = "L", Company = "C" }).Value, "No budget").Value.Lead;

        Assert.False(workflow.CanRecycle(lost));
        Assert.True(workflow.Recycle(lost).IsFailed);
    }

    [Fact]
    public void MoveTo_ConvertedStatus_IsRefusedNamingLeadConverter()
    {
        var result = _workflow.MoveTo(_lead, "Closed - Converted");

        var error = Assert.IsType<ConversionRequiredError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.LeadConversionRequired, LeadStatusTrigger.MoveTo, "Closed - Converted"), (error.Code, error.Trigger, error.ToStatus));
        Assert.Contains("LeadConverter.Convert", error.Message, StringComparison.Ordinal);
        Assert.False(_workflow.CanMoveTo(_lead, "Closed - Converted"));
    }

    [Fact]
    public void Fire_Convert_IsRefusedBecauseOnlyConversionConverts()
    {
        var result = _workflow.Fire(_lead, LeadStatusTrigger.Convert, "Closed - Converted");

        Assert.False(_workflow.CanFire(_lead, LeadStatusTrigger.Convert, "Closed - Converted"));
        var error = Assert.IsType<ConversionRequiredError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.LeadConversionRequired, error.Code);
        Assert.Contains("LeadConverter.Convert", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveTo_UnknownStatus_FailsWithUnknownLeadStatus()
    {
        var error = Assert.IsType<UnknownLeadStatusError>(Assert.Single(_workflow.MoveTo(_lead, "Nurturing").Errors));

        Assert.Equal((ErrorCodes.UnknownLeadStatus, "Nurturing"), (error.Code, error.Status));
    }

    [Fact]
    public void Verbs_OnLeadWithStatusOutsideTheProcess_FailWithUnknownLeadStatus()
    {
        var stray = _lead with { Status = "Imported - Unknown" };

        Assert.False(_workflow.CanMarkContacted(stray));
        Assert.Equal("Imported - Unknown", Assert.IsType<UnknownLeadStatusError>(Assert.Single(_workflow.MarkContacted(stray).Errors)).Status);
    }

    [Fact]
    public void EveryVerb_OnConvertedLead_FailsWithTheEarlierIds()
    {
        var converted = _lead with
        {
            IsConverted = true,
            Status = "Closed - Converted",
            ConvertedAccountId = new AccountId("001"),
            ConvertedContactId = new ContactId("003"),
            ConvertedOpportunityId = new OpportunityId("006"),
        };

        var results = new[]
        {
            _workflow.MarkContacted(converted).Errors,
            _workflow.MoveTo(converted, "Working - Contacted").Errors,
            _workflow.Disqualify(converted, "x").Errors,
            _workflow.Recycle(converted).Errors,
            _workflow.RecordInterestShown(converted).Errors,
            _workflow.RecordMeetingAgreed(converted).Errors,
            _workflow.RecordPricingAgreed(converted).Errors,
        };

        foreach (var errors in results)
        {
            var error = Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(errors));
            Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, error.Code);
            Assert.Equal((new AccountId("001"), new ContactId("003"), new OpportunityId("006")), (error.AccountId, error.ContactId, error.OpportunityId));
        }

        Assert.Empty(_workflow.GetPermittedTransitions(converted));
    }

    [Fact]
    public void Guards_WhenUnmet_AreNamedInTheError()
    {
        var process = new LeadProcessBuilder("Guarded")
            .AddOpenStatus("New", isDefault: true)
            .AddOpenStatus("Working")
            .AddConvertedStatus("Qualified")
            .Permit(LeadStatusTrigger.MarkContacted, "New", "Working", new LeadTransitionGuard("lead has a phone number", l => l.Phone is not null))
            .Permit(LeadStatusTrigger.Convert, "Working", "Qualified")
            .Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;

        var error = Assert.IsType<LeadTransitionNotPermittedError>(Assert.Single(workflow.MarkContacted(lead).Errors));

        Assert.Equal(["lead has a phone number"], error.UnmetGuards);
        Assert.Contains("lead has a phone number", error.Message, StringComparison.Ordinal);
        Assert.False(workflow.CanMarkContacted(lead));
        Assert.True(workflow.CanMarkContacted(lead with { Phone = "555" }));
        Assert.Equal(["lead has a phone number"], process.GetGuardDescriptions("New", LeadStatusTrigger.MarkContacted, "Working"));
    }

    [Fact]
    public void GetPermittedTransitions_ForLead_EvaluatesGuards()
    {
        var process = new LeadProcessBuilder("Guarded")
            .AddOpenStatus("New", isDefault: true)
            .AddConvertedStatus("Qualified")
            .PermitStandardTransitions()
            .Permit(LeadStatusTrigger.Convert, "New", "Qualified", new LeadTransitionGuard("has email", l => l.Email is not null))
            .Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;

        Assert.Empty(workflow.GetPermittedTransitions(lead));
        Assert.Equal([new PermittedLeadTransition(LeadStatusTrigger.Convert, "Qualified")], workflow.GetPermittedTransitions(lead with { Email = "a@b.co" }));
    }

    [Fact]
    public void Signals_RecordTheFirstTimeOnly()
    {
        var interested = _workflow.RecordInterestShown(_lead).Value.Lead;
        var first = interested.InterestShownAt;
        _time.Advance(TimeSpan.FromDays(1));

        var again = _workflow.RecordInterestShown(interested).Value.Lead;
        var meeting = _workflow.RecordMeetingAgreed(again).Value.Lead;
        var pricing = _workflow.RecordPricingAgreed(meeting).Value.Lead;

        Assert.Equal(first, again.InterestShownAt);
        Assert.Equal(_time.GetUtcNow(), meeting.MeetingAgreedAt);
        Assert.Equal(_time.GetUtcNow(), pricing.PricingAgreedAt);
        Assert.Null(_lead.InterestShownAt);
    }

    [Fact]
    public void CustomProcess_MoveToNurturing_IsAnOpenStatusChange()
    {
        var process = new LeadProcessBuilder("With nurturing")
            .AddOpenStatus("Open", isDefault: true).AddOpenStatus("Contacted").AddOpenStatus("Nurturing")
            .AddConvertedStatus("Qualified").AddDisqualifiedStatus("Unqualified")
            .PermitStandardTransitions().Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(new Lead { LastName = "L", Company = "C" }).Value;

        var nurturing = workflow.MoveTo(lead, "Nurturing").Value;

        var moved = Assert.IsType<LeadStatusChanged>(nurturing.Event);
        Assert.Equal(("Open", "Nurturing", LeadStatusTrigger.MoveTo), (moved.FromStatus, nurturing.Lead.Status, moved.Trigger));
        Assert.True(workflow.CanMarkContacted(nurturing.Lead));
    }
}
