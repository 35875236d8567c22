using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Conversion;
using LeadLifecycle.Tests.Generators;
using LeadLifecycle.Tests.Leads;
using LeadLifecycle.Tests.Opportunities;
using Microsoft.Extensions.Time.Testing;

namespace LeadLifecycle.Tests.Common;

/// <summary>Issue 11: <c>Version</c> is the optimistic concurrency token; every successful verb returns the record one
/// version later, and a refused verb changes nothing.</summary>
public sealed class RecordVersionProperties
{
    public static class Arbitraries
    {
        public static Arbitrary<long> Versions() => ConversionArbitraries.Versions().ToArbitrary();
    }

    [Property(Arbitrary = [typeof(LeadArbitraries), typeof(Arbitraries)], MaxTest = 200)]
    public void LeadStatusVerbs_OnSuccess_IncreaseTheVersionByOne_OnRefusal_ChangeNothing(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps, long stored)
    {
        var workflow = new LeadWorkflow(spec.Build());
        var created = workflow.Create(draft).Value;
        Assert.Equal(1, created.Version);
        var lead = created with { Version = stored };
        foreach (var step in steps)
        {
            var before = lead with { };
            var result = LeadLifecycleProperties.Apply(workflow, lead, step, out var input);
            if (result.IsSuccess)
            {
                Assert.Equal(unchecked(input.Version + 1), result.Value.Lead.Version);
                lead = result.Value.Lead;
            }
            else
            {
                Assert.Equal(before with { Email = input.Email }, input);
            }
        }
    }

    [Property(Arbitrary = [typeof(LeadArbitraries), typeof(Arbitraries)], MaxTest = 100)]
    public void SignalVerbs_IncreaseTheVersionByOne_EvenWhenTheSignalWasRecordedBefore(Lead draft, long stored, bool converted)
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
        var lead = workflow.Create(draft).Value with { Version = stored, IsConverted = converted };
        var snapshot = lead with { };
        Func<Lead, FluentResults.Result<LeadChange>>[] signals = [workflow.RecordInterestShown, workflow.RecordMeetingAgreed, workflow.RecordPricingAgreed];
        foreach (var signal in signals)
        {
            var once = signal(lead);
            Assert.Equal(!converted, once.IsSuccess);
            Assert.Equal(snapshot, lead);
            if (once.IsSuccess)
            {
                Assert.Equal(unchecked(stored + 1), once.Value.Lead.Version);
                Assert.Equal(unchecked(stored + 2), signal(once.Value.Lead).Value.Lead.Version);
            }
        }
    }

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 300)]
    public void OpportunityVerbs_OnSuccess_IncreaseTheVersionByOne_OnRefusal_ChangeNothing(OpportunityScenario scenario)
    {
        OpportunityProperties.Run(scenario, (before, _, outcome) =>
        {
            if (outcome.Change is { } change)
            {
                Assert.Equal(unchecked(before.Version + 1), change.Opportunity.Version);
            }
            else
            {
                Assert.Equal(outcome.Snapshot, before);
            }
        });
    }

    [Property(Arbitrary = [typeof(AnyConversionArbitraries)], MaxTest = 200)]
    public void Conversion_NewRecordsStartAtOne_ExistingRecordsAndTheLeadIncreaseByOne_ARefusalChangesNothing(ConversionCase c)
    {
        var converter = new LeadConverter(LeadProcess.SalesforceClassic, new LeadConverterOptions
        {
            FieldMapping = c.Mapping(),
            TimeProvider = new FakeTimeProvider(ConversionTestData.Now),
            IdGenerator = new SequentialIdGenerator(),
            AllowPersonAccountLeads = c.PersonAccounts,
        });
        var lead = c.Lead with { };
        var (account, contact) = (c.ExistingAccount is null ? null : c.ExistingAccount with { }, c.ExistingContact is null ? null : c.ExistingContact with { });

        var result = converter.Convert(c.Lead, c.Request());

        Assert.Equal((lead, account, contact), (c.Lead, c.ExistingAccount, c.ExistingContact));
        if (result.IsFailed)
        {
            return;
        }

        var conversion = result.Value;
        Assert.Equal(unchecked(c.Lead.Version + 1), conversion.Lead.Version);
        Assert.Equal(c.ExistingAccount is { } existingAccount ? unchecked(existingAccount.Version + 1) : 1, conversion.Account.Version);
        var expectedContact = conversion.Account.IsPersonAccount ? conversion.Account.Version
            : c.ExistingContact is { } existingContact ? unchecked(existingContact.Version + 1) : 1;
        Assert.Equal(expectedContact, conversion.Contact.Version);
        if (conversion.Opportunity is { } opportunity)
        {
            Assert.Equal(1, opportunity.Version);
        }
    }
}
