using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Common;

/// <summary>Issue 11: examples of <c>Version</c>, the optimistic concurrency token (Salesforce's SystemModstamp).</summary>
public sealed class RecordVersionTests
{
    [Fact]
    public void Create_StartsEveryRecordAtVersionOne_WhateverTheDraftSays()
    {
        var lead = new LeadWorkflow(LeadProcess.SalesforceClassic).Create(new Lead { LastName = "Lovelace", Company = "Engines", Version = 9 }).Value;
        var opportunity = new OpportunityWorkflow(SalesProcess.SalesforceDefault)
            .Create(new Opportunity { Name = "Deal", CloseDate = new DateOnly(2026, 12, 31), Version = 9 }).Value;

        Assert.Equal((1L, 1L), (lead.Version, opportunity.Version));
    }

    [Fact]
    public void Convert_IntoAnExistingAccountContactAndOpportunity_IncreasesEachOfTheirVersionsByOne()
    {
        var account = ExistingAccount() with { Version = 4 };
        var contact = ExistingContact(account.Id) with { Version = 7 };
        var opportunity = new Opportunity
        {
            Id = new OpportunityId("006EXISTING0001"), Name = "Engines Upgrade", AccountId = account.Id, Stage = "Needs Analysis",
            Probability = 20, CloseDate = new DateOnly(2026, 6, 30), Version = 2,
        };

        var conversion = Converter().Convert(FullLead() with { Version = 3 }, Request() with
        {
            ExistingAccount = account, ExistingContact = contact, ExistingOpportunity = opportunity,
        }).Value;

        Assert.Equal((4L, 5L, 8L, 3L), (conversion.Lead.Version, conversion.Account.Version, conversion.Contact.Version, conversion.Opportunity!.Version));
    }

    [Fact]
    public void Convert_MakesNewRecordsAtVersionOne()
    {
        var conversion = Converter().Convert(FullLead(), Request()).Value;

        Assert.Equal((1L, 1L, 1L, 1L), (conversion.Lead.Version, conversion.Account.Version, conversion.Contact.Version, conversion.Opportunity!.Version));
    }

    [Fact]
    public void EditConvertedLead_IncreasesTheStoredVersionByOne_WhateverTheEditedCopySays()
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { AllowConvertedLeadEdits = true });
        var converted = Converter().Convert(FullLead() with { Version = 5 }, Request()).Value.Lead;

        var edit = workflow.EditConvertedLead(converted, converted with { Phone = "+1 555 0100", Version = 40 }).Value;

        Assert.Equal(7, edit.Lead.Version);
    }

    [Fact]
    public void Replay_CountsOneVersionPerEvent_AsTheVerbsDid()
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = new FakeTimeProvider(Now) });
        var created = workflow.Create(new Lead { LastName = "Lovelace", Company = "Engines" }).Value;
        var contacted = workflow.MarkContacted(created).Value;
        var disqualified = workflow.Disqualify(contacted.Lead, "Budget").Value;

        var replayed = workflow.Replay(created, [contacted.Event, disqualified.Event]).Value;

        Assert.Equal((3L, disqualified.Lead), (replayed.Version, replayed));
    }

    [Fact]
    public void Json_RoundTripsTheVersion_AndReadsAnOmittedOneAsZero()
    {
        var lead = new Lead { Id = new LeadId("00Q1"), LastName = "Lovelace", Version = 12 };

        var json = LeadLifecycleJson.Serialize(lead);

        Assert.Contains("\"version\":12", json, StringComparison.Ordinal);
        Assert.Equal(lead, LeadLifecycleJson.Deserialize<Lead>(json).Value);
        Assert.Equal(0, LeadLifecycleJson.Deserialize<Lead>("""{"lastName":"Lovelace"}""").Value.Version);
        Assert.Equal(0, LeadLifecycleJson.Deserialize<Opportunity>("""{"name":"Deal","stage":"Prospecting"}""").Value.Version);
        Assert.Equal(0, LeadLifecycleJson.Deserialize<Account>("""{"name":"Acme"}""").Value.Version);
        Assert.Equal(0, LeadLifecycleJson.Deserialize<Contact>("""{"lastName":"Lovelace"}""").Value.Version);
    }
}
