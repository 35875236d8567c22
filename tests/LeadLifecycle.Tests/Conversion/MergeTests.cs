using LeadLifecycle.Conversion;
using LeadLifecycle.Opportunities;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class MergeTests
{
    [Fact]
    public void Convert_IntoExistingAccount_FillsOnlyItsEmptyFields()
    {
        var account = ExistingAccount();
        var lead = FullLead();

        var result = Converter().Convert(lead, Request() with { ExistingAccount = account }).Value;

        Assert.False(result.AccountCreated);
        Assert.True(result.AccountMerged);
        Assert.Equal(account.Id, result.Account.Id);
        Assert.Equal("Analytical Engines Holding", result.Account.Name);
        Assert.Equal("+44 20 1111 1111", result.Account.Phone);
        Assert.Equal(lead.Fax, result.Account.Fax);
        Assert.Equal(lead.Website, result.Account.Website);
        Assert.Equal(lead.Address, result.Account.BillingAddress);
        Assert.Equal(lead.AnnualRevenue, result.Account.AnnualRevenue);
        Assert.Equal(account.Id, result.Contact.AccountId);
        Assert.Equal(account.Id, result.Opportunity!.AccountId);
    }

    [Fact]
    public void Convert_IntoExistingAccount_NeverChangesItsOwner()
    {
        var account = ExistingAccount();

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, OwnerId = new OwnerId("005NEWOWNER0001") }).Value;

        Assert.Equal(account.OwnerId, result.Account.OwnerId);
        Assert.Equal(new OwnerId("005NEWOWNER0001"), result.Contact.OwnerId);
        Assert.Equal(new OwnerId("005NEWOWNER0001"), result.Opportunity!.OwnerId);
    }

    [Fact]
    public void Convert_IntoExistingAccountWithoutOwner_LeavesItWithoutOwner()
    {
        var account = ExistingAccount() with { OwnerId = null };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account }).Value;

        Assert.Null(result.Account.OwnerId);
    }

    [Fact]
    public void Convert_IntoExistingAccountWithAPartialAddress_KeepsTheAddress()
    {
        var account = ExistingAccount() with { BillingAddress = new Address { City = "Cambridge" } };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account }).Value;

        Assert.Equal(new Address { City = "Cambridge" }, result.Account.BillingAddress);
    }

    [Fact]
    public void Convert_IntoExistingContact_FillsOnlyItsEmptyFields()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id);
        var lead = FullLead();

        var result = Converter().Convert(lead, Request() with { ExistingAccount = account, ExistingContact = contact }).Value;

        Assert.False(result.ContactCreated);
        Assert.True(result.ContactMerged);
        Assert.Equal(contact.Id, result.Contact.Id);
        Assert.Equal("countess@lovelace.example", result.Contact.Email);
        Assert.Equal("Trade Show", result.Contact.LeadSource);
        Assert.Equal(lead.FirstName, result.Contact.FirstName);
        Assert.Equal(lead.Title, result.Contact.Title);
        Assert.Equal(contact.OwnerId, result.Contact.OwnerId);
        Assert.Equal(contact.Id, result.Lead.ConvertedContactId);
        Assert.Equal(contact.Id, result.Event.ContactId);
        Assert.False(result.Event.ContactCreated);
    }

    [Fact]
    public void Convert_IntoExistingContact_NeverUpdatesDoNotCallOrEmailOptOut()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id);

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact }).Value;

        Assert.False(result.Contact.DoNotCall);
        Assert.False(result.Contact.HasOptedOutOfEmail);
    }

    [Fact]
    public void Convert_IntoExistingContactWithoutFaxOptOut_FillsItFromTheLead()
    {
        // convertLead(): the exemption for existing contacts covers Do Not Call and Email Opt Out only; Fax Opt Out
        // is an empty field like any other and is filled.
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id);

        var result = Converter().Convert(FullLead() with { HasOptedOutOfFax = true }, Request() with { ExistingAccount = account, ExistingContact = contact }).Value;

        Assert.True(result.Contact.HasOptedOutOfFax);
    }

    [Fact]
    public void Convert_IntoExistingContactWithFaxOptOut_KeepsIt()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id) with { HasOptedOutOfFax = true };

        var result = Converter().Convert(FullLead() with { HasOptedOutOfFax = false }, Request() with { ExistingAccount = account, ExistingContact = contact }).Value;

        Assert.True(result.Contact.HasOptedOutOfFax);
    }

    [Fact]
    public void Convert_IntoExistingContactWithOptOuts_KeepsThem()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id) with { DoNotCall = true, HasOptedOutOfEmail = true };
        var lead = FullLead() with { DoNotCall = false, HasOptedOutOfEmail = false };

        var result = Converter().Convert(lead, Request() with { ExistingAccount = account, ExistingContact = contact }).Value;

        Assert.True(result.Contact.DoNotCall);
        Assert.True(result.Contact.HasOptedOutOfEmail);
    }

    [Fact]
    public void Convert_IntoExistingContactWithOverwriteLeadSource_OverwritesTheLeadSource()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id);

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact, OverwriteLeadSource = true }).Value;

        Assert.Equal("Web", result.Contact.LeadSource);
        Assert.Equal("countess@lovelace.example", result.Contact.Email);
    }

    [Fact]
    public void Convert_IntoExistingContactWithoutLeadSource_FillsIt()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id) with { LeadSource = null };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact }).Value;

        Assert.Equal("Web", result.Contact.LeadSource);
    }

    [Fact]
    public void Convert_WithExistingOpportunity_LinksItAndKeepsItsStageAndOwner()
    {
        var account = ExistingAccount();
        var opportunity = new Opportunity
        {
            Id = new OpportunityId("006EXISTING0001"),
            Name = "Engines Upgrade",
            AccountId = account.Id,
            Stage = "Needs Analysis",
            Probability = 20,
            OwnerId = new OwnerId("005OPPOWNER0001"),
            LeadSource = "Partner Referral",
        };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingOpportunity = opportunity }).Value;

        Assert.False(result.OpportunityCreated);
        Assert.True(result.OpportunityLinked);
        Assert.Equal(opportunity.Id, result.Opportunity!.Id);
        Assert.Equal("Engines Upgrade", result.Opportunity.Name);
        Assert.Equal("Needs Analysis", result.Opportunity.Stage);
        Assert.Equal(opportunity.OwnerId, result.Opportunity.OwnerId);
        Assert.Equal("Partner Referral", result.Opportunity.LeadSource);
        Assert.Equal(FullLead().CampaignId, result.Opportunity.CampaignId);
        Assert.Equal(result.Contact.Id, result.Opportunity.ContactId);
        Assert.Equal(opportunity.Id, result.Lead.ConvertedOpportunityId);
        Assert.Equal("003000001", result.Contact.Id.Value);
    }

    [Fact]
    public void Convert_WithExistingOpportunityWithoutAccount_LinksItToTheAccount()
    {
        var account = ExistingAccount();
        var opportunity = new Opportunity { Id = new OpportunityId("006EXISTING0002"), Name = "Loose deal", Stage = "Qualification", Probability = 10 };

        var result = Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingOpportunity = opportunity }).Value;

        Assert.Equal(account.Id, result.Opportunity!.AccountId);
        Assert.Equal("Qualification", result.Opportunity.Stage);
        Assert.Equal("Web", result.Opportunity.LeadSource);
    }

    [Fact]
    public void Convert_IntoExistingRecords_LeavesTheInputRecordsUnchanged()
    {
        var account = ExistingAccount();
        var contact = ExistingContact(account.Id);
        var accountCopy = account with { };
        var contactCopy = contact with { };

        Converter().Convert(FullLead(), Request() with { ExistingAccount = account, ExistingContact = contact });

        Assert.Equal(accountCopy, account);
        Assert.Equal(contactCopy, contact);
    }
}
