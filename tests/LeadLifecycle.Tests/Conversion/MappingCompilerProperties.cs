using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>The compiled mapping (one method, the merge rules inlined) writes exactly what its rules run one by one
/// write, for every kind of rule: standard text, values, addresses, flags, owners, the contact's lead source, custom
/// fields both ways, rules dropped and rules across records, into new and existing records.</summary>
public class MappingCompilerProperties
{
    /// <summary>Rules into fields the standard mapping leaves empty, each a different kind.</summary>
    private static readonly (string LeadField, ConversionTarget Target, string Field)[] Extra =
    [
        ("Title", ConversionTarget.Account, "Description"),
        ("AnnualRevenue", ConversionTarget.Opportunity, "Amount"),
        ("Description", ConversionTarget.Opportunity, "Description"),
        ("Segment__c", ConversionTarget.Contact, "Title"),
        ("Title", ConversionTarget.Opportunity, "Title__c"),
    ];

    [Property(Arbitrary = [typeof(ConversionArbitraries), typeof(AnyConversionArbitraries)], MaxTest = 300)]
    public void Compiled_WritesWhatTheRulesOneByOneWrite(ConversionCase c, byte drop, byte extra)
    {
        var mapping = c.Mapping();
        var dropped = mapping.Rules[drop % mapping.Rules.Count];
        mapping = mapping.Without(dropped.Target, dropped.TargetField);
        var (leadField, target, field) = Extra[extra % Extra.Length];
        if (!mapping.Rules.Any(r => r.Target == target && r.TargetField == field))
        {
            mapping = mapping.With(leadField, target, field);
        }

        var lead = c.Lead with { CustomFields = c.Lead.CustomFields.With("Segment__c", "Mid-market") };
        var owner = c.RequestOwner ?? lead.OwnerId;
        var compiled = Start(c);
        var oneByOne = compiled;

        mapping.Compiled(lead, owner, ref compiled);
        mapping.ApplySteps(lead, owner, ref oneByOne);

        Assert.Equal(oneByOne, compiled);
    }

    [Fact]
    public void Compiled_FillsTheStandardFields_AsTheStandardRowsSay()
    {
        var lead = ConversionTestData.FullLead();
        var draft = Start(new ConversionCase(lead, null, null, false, false, null, null, []));

        LeadFieldMapping.SalesforceStandard.Compiled(lead, lead.OwnerId, ref draft);

        Assert.Equal((lead.Company, lead.Address, lead.AnnualRevenue, lead.OwnerId), (draft.Account.Name, draft.Account.BillingAddress, draft.Account.AnnualRevenue, draft.Account.OwnerId));
        Assert.Equal((lead.LastName, lead.Email, lead.DoNotCall, lead.Address), (draft.Contact.LastName, draft.Contact.Email, draft.Contact.DoNotCall, draft.Contact.MailingAddress));
        Assert.Equal((lead.LeadSource, lead.OwnerId), (draft.Opportunity.LeadSource, draft.Opportunity.OwnerId));
    }

    /// <summary>A mapping runs rule by rule for its first conversions, then compiled; both give the same records.</summary>
    [Fact]
    public void Apply_BeforeAndAfterCompiling_FillsTheSameDraft()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.With("Title", ConversionTarget.Account, "Description");
        var lead = ConversionTestData.FullLead();
        var start = Start(new ConversionCase(lead, null, null, false, false, null, null, []));
        var first = start;
        mapping.Apply(lead, lead.OwnerId, ref first);
        Assert.False(mapping.IsCompiled);

        for (var i = 0; i < LeadFieldMapping.UsesBeforeCompiling; i++)
        {
            var again = start;
            mapping.Apply(lead, lead.OwnerId, ref again);
        }

        var compiled = start;
        mapping.Apply(lead, lead.OwnerId, ref compiled);

        Assert.True(mapping.IsCompiled);
        Assert.Equal(first, compiled);
        Assert.Equal(lead.Title, compiled.Account.Description);
    }

    /// <summary>A draft as a conversion starts it: the existing records' fields, new records empty.</summary>
    private static ConversionDraft Start(ConversionCase c)
    {
        var draft = default(ConversionDraft);
        AccountDraft.From(c.ExistingAccount, out draft.Account);
        if (c.ExistingAccount is { IsPersonAccount: true } person)
        {
            ContactDraft.FromPersonAccount(person, out draft.Contact);
        }
        else
        {
            ContactDraft.From(c.ExistingContact, out draft.Contact);
        }

        OpportunityDraft.From(null, out draft.Opportunity);
        draft.HasOpportunity = !c.DoNotCreateOpportunity;
        draft.OverwriteLeadSource = c.OverwriteLeadSource;
        draft.Contact.IsNew = c.ExistingContact is null && c.ExistingAccount is not { IsPersonAccount: true };
        return draft;
    }
}
