namespace LeadLifecycle.Salesforce.Tests;

public class LeadConvertSettingsTests
{
    private static FluentResults.Result<LeadConvertSettingsMetadata> Read(string body) =>
        MetadataParser.ReadLeadConvertSettings(Fixture.Utf8(
            $"<LeadConvertSettings xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n{body}\n</LeadConvertSettings>"), "LeadConvertSettings.LeadConvertSetting-meta.xml", SalesforceMetadataOptions.Default);

    [Fact]
    public void Read_OneLeadFieldFeedingSeveralTargets_KeepsEveryMapping()
    {
        var settings = Read("""
            <objectMapping><inputObject>Lead</inputObject><outputObject>Contact</outputObject>
                <mappingFields><inputField>Region__c</inputField><outputField>Region__c</outputField></mappingFields></objectMapping>
            <objectMapping><inputObject>Lead</inputObject><outputObject>Account</outputObject>
                <mappingFields><inputField>Region__c</inputField><outputField>Sales_Region__c</outputField></mappingFields></objectMapping>
            """).Value;

        Assert.Equal(
            [("Region__c", "Contact", "Region__c"), ("Region__c", "Account", "Sales_Region__c")],
            settings.FieldMappings.Select(m => (m.InputField, m.OutputObject, m.OutputField)));
        Assert.Equal("VisibleOptional", settings.OpportunityCreationOptions);
        Assert.Null(settings.AllowOwnerChange);
    }

    [Fact]
    public void Read_WithAnUnknownOpportunityCreationOption_FailsWithItsLine()
    {
        var error = Assert.IsType<MalformedFileError>(Assert.Single(Read("<opportunityCreationOptions>Sometimes</opportunityCreationOptions>").Errors));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_WithAMappingFromAnotherObject_FailsWithItsLine()
    {
        var error = Assert.IsType<MalformedFileError>(Assert.Single(Read("<objectMapping><inputObject>Contact</inputObject><outputObject>Account</outputObject></objectMapping>").Errors));

        Assert.Contains("'Contact'", error.Detail, StringComparison.Ordinal);
    }

    private static FluentResults.Result<LeadConversionSettings> Settings(string body) =>
        new SalesforceMetadataReader().ReadLeadConversionSettings(Fixture.Utf8(
            $"<LeadConvertSettings xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n{body}\n</LeadConvertSettings>"), "LeadConvertSettings.LeadConvertSetting-meta.xml");

    [Fact]
    public void ReadLeadConversionSettings_AddsTheCustomMappingsToTheStandardMapping()
    {
        var settings = Settings("""
            <objectMapping><inputObject>Lead</inputObject><outputObject>Account</outputObject>
                <mappingFields><inputField>Region__c</inputField><outputField>Sales_Region__c</outputField></mappingFields></objectMapping>
            <objectMapping><inputObject>Lead</inputObject><outputObject>Opportunity</outputObject>
                <mappingFields><inputField>Region__c</inputField><outputField>Region__c</outputField></mappingFields></objectMapping>
            <opportunityCreationOptions>NotVisible</opportunityCreationOptions>
            """).Value;

        Assert.Equal(LeadLifecycle.Conversion.LeadFieldMapping.SalesforceStandard.Rules.Count + 2, settings.FieldMapping.Rules.Count);
        Assert.Equal(
            [(LeadLifecycle.Conversion.ConversionTarget.Account, "Sales_Region__c"), (LeadLifecycle.Conversion.ConversionTarget.Opportunity, "Region__c")],
            settings.FieldMapping.TargetsOf("Region__c").Select(r => (r.Target, r.TargetField)));
        Assert.Equal(OpportunityCreationOption.Never, settings.OpportunityCreation);
        Assert.True(settings.ApplyTo(new LeadLifecycle.Conversion.ConversionRequest("Closed - Converted")).Value.DoNotCreateOpportunity);
    }

    [Fact]
    public void ReadLeadConversionSettings_WhenTwoLeadFieldsFeedOneTarget_FailsWithTheLine()
    {
        var result = Settings("""
            <objectMapping><inputObject>Lead</inputObject><outputObject>Account</outputObject>
                <mappingFields><inputField>A__c</inputField><outputField>X__c</outputField></mappingFields>
                <mappingFields><inputField>B__c</inputField><outputField>X__c</outputField></mappingFields></objectMapping>
            """);

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal(LeadLifecycle.Errors.ErrorCodes.DuplicateValue, error.Code);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void ApplyTo_WhenTheOrgCreatesNoOpportunityButTheRequestNamesOne_RefusesInsteadOfDroppingIt()
    {
        var settings = Settings("<opportunityCreationOptions>NotVisible</opportunityCreationOptions>").Value;

        var result = settings.ApplyTo(new LeadLifecycle.Conversion.ConversionRequest("Closed - Converted") { OpportunityName = "Big deal" });

        var error = Assert.IsType<LeadLifecycle.Errors.OpportunityCreationConflictError>(Assert.Single(result.Errors));
        Assert.Equal(("NotVisible", "OpportunityName"), (error.Setting, error.RequestField));
        Assert.Equal(LeadLifecycle.Errors.ErrorCodes.OpportunityCreationConflict, error.Code);
    }

    [Fact]
    public void ApplyTo_WhenTheOrgRequiresAnOpportunityButTheRequestWantsNone_RefusesInsteadOfOverridingIt()
    {
        var settings = Settings("<opportunityCreationOptions>VisibleRequired</opportunityCreationOptions>").Value;

        var refused = settings.ApplyTo(new LeadLifecycle.Conversion.ConversionRequest("Closed - Converted") { DoNotCreateOpportunity = true });
        var kept = settings.ApplyTo(new LeadLifecycle.Conversion.ConversionRequest("Closed - Converted") { OpportunityName = "Big deal" });

        Assert.Equal("DoNotCreateOpportunity", Assert.IsType<LeadLifecycle.Errors.OpportunityCreationConflictError>(Assert.Single(refused.Errors)).RequestField);
        Assert.Equal("Big deal", kept.Value.OpportunityName);
        Assert.False(kept.Value.DoNotCreateOpportunity);
    }
}
