using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using static LeadLifecycle.Tests.Conversion.ConversionTestData;

namespace LeadLifecycle.Tests.Conversion;

public class LeadFieldMappingTests
{
    [Fact]
    public void SalesforceStandard_ListsTheDomainTable()
    {
        var rules = LeadFieldMapping.SalesforceStandard.Rules;

        Assert.Contains(new FieldMappingRule("Company", ConversionTarget.Account, "Name"), rules);
        Assert.Contains(new FieldMappingRule("Address", ConversionTarget.Contact, "MailingAddress"), rules);
        Assert.Contains(new FieldMappingRule("CampaignId", ConversionTarget.Opportunity, "CampaignId"), rules);
        Assert.Equal(
            ["Account.Phone", "Contact.Phone"],
            LeadFieldMapping.SalesforceStandard.TargetsOf("Phone").Select(r => $"{r.Target}.{r.TargetField}"));
        Assert.Equal(3, LeadFieldMapping.SalesforceStandard.TargetsOf("OwnerId").Count);
    }

    [Fact]
    public void Converter_ExposesItsMapping()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.Without("Fax");

        var converter = Converter(new LeadConverterOptions { FieldMapping = mapping });

        Assert.Same(mapping, converter.FieldMapping);
        Assert.Empty(converter.FieldMapping.TargetsOf("Fax"));
    }

    [Fact]
    public void Convert_WithoutAMappedField_LeavesTheTargetEmpty()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.Without(ConversionTarget.Account, "Phone");

        var result = Converter(new LeadConverterOptions { FieldMapping = mapping }).Convert(FullLead(), Request()).Value;

        Assert.Null(result.Account.Phone);
        Assert.Equal(FullLead().Phone, result.Contact.Phone);
    }

    [Fact]
    public void Convert_WithACustomFieldFeedingSeveralTargets_CopiesItToEach()
    {
        var mapping = LeadFieldMapping.SalesforceStandard
            .With("NumberofLocations__c", ConversionTarget.Account, "Locations__c")
            .With("NumberofLocations__c", ConversionTarget.Contact, "Locations__c")
            .With("NumberofLocations__c", ConversionTarget.Opportunity, "Sites__c");

        var result = Converter(new LeadConverterOptions { FieldMapping = mapping }).Convert(FullLead(), Request()).Value;

        Assert.Equal("130", result.Account.CustomFields.Get("Locations__c"));
        Assert.Equal("130", result.Contact.CustomFields.Get("Locations__c"));
        Assert.Equal("130", result.Opportunity!.CustomFields.Get("Sites__c"));
    }

    [Fact]
    public void Convert_WithAStandardFieldToACustomField_WritesItAsText()
    {
        var mapping = LeadFieldMapping.SalesforceStandard
            .With("AnnualRevenue", ConversionTarget.Opportunity, "Budget__c")
            .With("Description", ConversionTarget.Opportunity, "Description");

        var result = Converter(new LeadConverterOptions { FieldMapping = mapping }).Convert(FullLead(), Request()).Value;

        Assert.Equal("1250000", result.Opportunity!.CustomFields.Get("Budget__c"));
        Assert.Equal(FullLead().Description, result.Opportunity.Description);
    }

    [Fact]
    public void Convert_WithACustomFieldToAStandardTextField_FillsIt()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.With("Segment__c", ConversionTarget.Account, "Description");
        var lead = FullLead() with { CustomFields = CustomFields.Empty.With("Segment__c", "Mid-market") };

        var result = Converter(new LeadConverterOptions { FieldMapping = mapping }).Convert(lead, Request()).Value;

        Assert.Equal("Mid-market", result.Account.Description);
    }

    [Fact]
    public void Convert_IntoExistingAccountWithTheCustomField_KeepsItsValue()
    {
        var mapping = LeadFieldMapping.SalesforceStandard.With("NumberofLocations__c", ConversionTarget.Account, "Locations__c");
        var account = ExistingAccount() with { CustomFields = CustomFields.Empty.With("Locations__c", "7") };

        var result = Converter(new LeadConverterOptions { FieldMapping = mapping }).Convert(FullLead(), Request() with { ExistingAccount = account }).Value;

        Assert.Equal("7", result.Account.CustomFields.Get("Locations__c"));
    }

    [Fact]
    public void Create_WithAnUnknownLeadField_FailsWithUnknownValue()
    {
        var result = LeadFieldMapping.TryCreate([new FieldMappingRule("Phon", ConversionTarget.Account, "Phone")]);

        var error = Assert.IsType<UnknownValueError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.UnknownValue, error.Code);
        Assert.Equal("Phon", error.Value);
    }

    [Fact]
    public void Create_WithAnUnknownTargetField_FailsWithUnknownValue()
    {
        var result = LeadFieldMapping.TryCreate([new FieldMappingRule("Phone", ConversionTarget.Opportunity, "Phone")]);

        Assert.Equal(ErrorCodes.UnknownValue, LeadConverterTests.Code(result.Errors));
    }

    [Fact]
    public void Create_WithATargetFedTwice_FailsWithDuplicateValue()
    {
        var result = LeadFieldMapping.TryCreate(
        [
            new FieldMappingRule("Phone", ConversionTarget.Account, "Phone"),
            new FieldMappingRule("MobilePhone", ConversionTarget.Account, "Phone"),
        ]);

        Assert.Equal(ErrorCodes.DuplicateValue, LeadConverterTests.Code(result.Errors));
    }

    [Fact]
    public void Create_WithTypesThatDoNotFit_FailsWithInvalidValue()
    {
        var result = LeadFieldMapping.TryCreate([new FieldMappingRule("Company", ConversionTarget.Account, "AnnualRevenue")]);

        Assert.Equal(ErrorCodes.InconsistentDefinitionValue, LeadConverterTests.Code(result.Errors));
    }

    [Fact]
    public void With_AnInvalidRule_ThrowsInvalidDefinitionException()
    {
        var exception = Assert.Throws<InvalidDefinitionException>(() => LeadFieldMapping.SalesforceStandard.With("Phone", ConversionTarget.Account, "Phone"));

        Assert.Equal(ErrorCodes.DuplicateValue, Assert.Single(exception.Errors).Code);
    }

    [Fact]
    public void FieldNames_ListTheStandardFields()
    {
        Assert.Contains("Company", LeadFieldMapping.LeadFieldNames);
        Assert.Contains("BillingAddress", LeadFieldMapping.TargetFieldNames(ConversionTarget.Account));
        Assert.Contains("DoNotCall", LeadFieldMapping.TargetFieldNames(ConversionTarget.Contact));
        Assert.Contains("CampaignId", LeadFieldMapping.TargetFieldNames(ConversionTarget.Opportunity));
    }
}
