using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>Salesforce convertLead(): "Leads with a blank value in the Company field are converted to Person
/// Accounts" (person accounts enabled); LeadConvert.setContactId: a person account takes no contactId.</summary>
public sealed class PersonAccountTests
{
    private static LeadConverter PersonConverter(LeadConverterOptions? options = null) =>
        Converter((options ?? new LeadConverterOptions()) with { AllowPersonAccountLeads = true });

    private static Lead PersonLead() => FullLead() with { Company = null, CompanyLocal = null, FirstNameLocal = "エイダ", LastNameLocal = "ラブレス" };

    private static Account ExistingPersonAccount() => new()
    {
        Id = new AccountId("001PERSON000001"),
        IsPersonAccount = true,
        PersonContactId = new ContactId("003PERSON000001"),
        Name = "Ada Lovelace",
        FirstName = "Ada",
        LastName = "Lovelace",
        PersonEmail = "countess@lovelace.example",
        PersonLeadSource = "Trade Show",
        OwnerId = new OwnerId("005OTHEROWNER01"),
    };

    [Fact]
    public void Convert_WhenThePersonsDefaultOpportunityNameWouldPass120Characters_FailsWithStringTooLong()
    {
        // The default name of a person account's opportunity is the person's name: 40 + 1 + 80 characters.
        var lead = PersonLead() with { FirstName = new string('f', 40), MiddleName = null, LastName = new string('l', 80), Suffix = null };

        var error = Assert.IsType<StringTooLongError>(Assert.Single(PersonConverter().Convert(lead, Request()).Errors));

        Assert.Equal(("Opportunity.Name", 120, 121), (error.Field, error.MaxLength, error.ActualLength));
        Assert.False(PersonConverter().CanConvert(lead, Request()));
        Assert.True(PersonConverter().Convert(lead, Request() with { OpportunityName = "Named" }).IsSuccess);
        Assert.True(PersonConverter().Convert(lead, Request() with { DoNotCreateOpportunity = true }).IsSuccess);
        var fits = PersonConverter().Convert(lead with { LastName = new string('l', 79) }, Request()).Value;
        Assert.Equal(120, fits.Opportunity!.Name.Length);
    }

    [Fact]
    public void Convert_BlankCompanyIntoAnExistingBusinessAccountWithALongName_FailsWithStringTooLong()
    {
        // With a blank company the default name is the account's: an existing account's name may hold 255 characters.
        var account = new Account { Id = new AccountId("001EXISTING0001"), Name = new string('a', 130) };

        var error = Assert.IsType<StringTooLongError>(Assert.Single(PersonConverter().Convert(PersonLead(), Request() with { ExistingAccount = account }).Errors));

        Assert.Equal(("Opportunity.Name", 120, 130), (error.Field, error.MaxLength, error.ActualLength));
    }

    [Fact]
    public void Convert_WithBlankCompany_CreatesAPersonAccountThatIsAlsoTheContact()
    {
        var result = PersonConverter().Convert(PersonLead(), Request()).Value;
        var (account, contact) = (result.Account, result.Contact);

        Assert.True(account.IsPersonAccount);
        Assert.Equal("Ada Augusta Lovelace II", account.Name);
        Assert.Equal(("Ms.", "Ada", "Augusta", "Lovelace", "II"), (account.Salutation, account.FirstName, account.MiddleName, account.LastName, account.Suffix));
        Assert.Equal(("エイダ", "ラブレス"), (account.FirstNameLocal, account.LastNameLocal));
        Assert.Equal("ada@engines.example", account.PersonEmail);
        Assert.Equal("+44 7700 900000", account.PersonMobilePhone);
        Assert.Equal("Analyst", account.PersonTitle);
        Assert.Equal("Web", account.PersonLeadSource);
        Assert.Equal("Web", account.AccountSource);
        Assert.Equal(PersonLead().Address, account.BillingAddress);
        Assert.Equal(PersonLead().Address, account.PersonMailingAddress);
        Assert.Equal(("+44 20 7946 0000", "+44 20 7946 0001"), (account.Phone, account.Fax));
        Assert.Equal(("Engineering", "Hot", 42), (account.Industry, account.Rating, account.NumberOfEmployees));
        Assert.True(account.PersonDoNotCall && account.PersonHasOptedOutOfEmail && account.PersonHasOptedOutOfFax);
        Assert.Equal(contact.Id, account.PersonContactId);
        Assert.Equal(account.Id, contact.AccountId);
        Assert.Equal("ada@engines.example", contact.Email);
        Assert.True(result.AccountCreated);
        Assert.True(result.ContactCreated);
        Assert.Equal((account.Id, contact.Id), (result.Lead.ConvertedAccountId!.Value, result.Lead.ConvertedContactId!.Value));
    }

    [Fact]
    public void Convert_WithBlankCompany_PutsTheOpportunityOnThePersonAccountNamedAfterThePerson()
    {
        var result = PersonConverter().Convert(PersonLead(), Request()).Value;

        Assert.Equal(result.Account.Id, result.Opportunity!.AccountId);
        Assert.Equal(result.Contact.Id, result.Opportunity.ContactId);
        Assert.Equal("Ada Augusta Lovelace II", result.Opportunity.Name);
        Assert.True(result.OpportunityCreated);
    }

    [Fact]
    public void Convert_WithBlankCompanyAndPersonAccountsOff_FailsWithCompanyRequired()
    {
        var result = Converter().Convert(PersonLead(), Request());

        Assert.Equal("Company", Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors)).Field);
    }

    [Fact]
    public void Convert_WithACompanyAndPersonAccountsOn_CreatesABusinessAccount()
    {
        var result = PersonConverter().Convert(FullLead(), Request()).Value;

        Assert.False(result.Account.IsPersonAccount);
        Assert.Null(result.Account.PersonContactId);
        Assert.Equal("Analytical Engines Ltd", result.Account.Name);
    }

    [Fact]
    public void Convert_IntoAnExistingPersonAccount_FillsOnlyEmptyFieldsAndKeepsOwnerAndOptOuts()
    {
        var existing = ExistingPersonAccount() with { PersonDoNotCall = false, PersonHasOptedOutOfEmail = false };

        var result = PersonConverter().Convert(PersonLead(), Request() with { ExistingAccount = existing, OwnerId = new OwnerId("005NEWOWNER0001") }).Value;
        var account = result.Account;

        Assert.Equal(existing.Id, account.Id);
        Assert.Equal(existing.PersonContactId, account.PersonContactId);
        Assert.Equal("countess@lovelace.example", account.PersonEmail);
        Assert.Equal("Trade Show", account.PersonLeadSource);
        Assert.Equal("Augusta", account.MiddleName);
        Assert.Equal("+44 7700 900000", account.PersonMobilePhone);
        Assert.Equal(PersonLead().Address, account.PersonMailingAddress);
        Assert.Equal(existing.OwnerId, account.OwnerId);
        Assert.False(account.PersonDoNotCall);
        Assert.False(account.PersonHasOptedOutOfEmail);
        Assert.True(account.PersonHasOptedOutOfFax);
        Assert.False(result.AccountCreated);
        Assert.False(result.ContactCreated);
        Assert.Equal(existing.PersonContactId, result.Lead.ConvertedContactId);
        Assert.Equal("Ada Augusta Lovelace II", account.Name);
    }

    [Fact]
    public void Convert_IntoAnExistingPersonAccount_WorksWithoutThePersonAccountOption()
    {
        var result = Converter().Convert(PersonLead(), Request() with { ExistingAccount = ExistingPersonAccount() });

        Assert.True(result.Value.Account.IsPersonAccount);
    }

    [Fact]
    public void Convert_IntoAnExistingPersonAccountWithAnExistingContact_FailsWithPersonAccountContact()
    {
        var account = ExistingPersonAccount();
        var contact = ExistingContact(account.Id);

        var result = PersonConverter().Convert(PersonLead(), Request() with { ExistingAccount = account, ExistingContact = contact });

        var error = Assert.IsType<PersonAccountContactError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.PersonAccountContact, error.Code);
        Assert.Equal((account.Id, contact.Id), (error.AccountId, error.ContactId));
        Assert.Equal(account.Id.Value, error.Metadata[nameof(error.AccountId)]);
    }

    [Fact]
    public void Convert_IntoAnExistingPersonAccountWithoutItsContactId_Fails()
    {
        var result = PersonConverter().Convert(PersonLead(), Request() with { ExistingAccount = ExistingPersonAccount() with { PersonContactId = null } });

        Assert.Equal("ExistingAccount.PersonContactId", Assert.IsType<InvalidFieldValueError>(Assert.Single(result.Errors)).Field);
    }

    [Fact]
    public void Convert_ToAPersonAccount_PutsCustomContactFieldsOnTheAccountAsPersonFields()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.With("NumberofLocations__c", ConversionTarget.Contact, "Locations__c");

        var result = PersonConverter(new LeadConverterOptions { FieldMapping = mapping }).Convert(PersonLead(), Request()).Value;

        Assert.Equal("130", result.Account.CustomFields.Get("Locations__pc"));
        Assert.Equal("130", result.Contact.CustomFields.Get("Locations__c"));
    }

    [Fact]
    public void Convert_ToAPersonAccountWithoutLastName_FailsAndMakesNothing()
    {
        var ids = new LeadLifecycle.Testing.SequentialIdGenerator();

        var result = PersonConverter(new LeadConverterOptions { IdGenerator = ids }).Convert(PersonLead() with { LastName = " " }, Request());

        Assert.Equal("LastName", Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors)).Field);
        Assert.Equal("001000001", ids.NewAccountId().Value);
    }
}
