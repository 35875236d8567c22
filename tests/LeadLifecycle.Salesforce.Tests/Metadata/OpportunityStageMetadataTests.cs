using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce.Tests;

public class OpportunityStageMetadataTests
{
    private static ValueSetMetadata UstEasyStages()
    {
        using var stream = File.OpenRead(Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml"));
        return MetadataParser.ReadValueSet(stream, "OpportunityStage.standardValueSet-meta.xml", SalesforceMetadataOptions.Default).Value;
    }

    private static BusinessProcessMetadata Process(string file)
    {
        using var stream = File.OpenRead(Fixture.Path("UST-EASY", file));
        return MetadataParser.ReadBusinessProcess(stream, file, SalesforceMetadataOptions.Default).Value;
    }

    [Fact]
    public void UstEasyStages_StartWithTheTenSalesforceDefaultStagesAndProbabilities()
    {
        var master = SalesProcessMapping.FromValueSet(UstEasyStages()).Value;

        static object Shape(OpportunityStage s) => (s.Name, s.Probability, s.ForecastCategory, s.IsClosed, s.IsWon, s.IsActive, s.SortOrder);
        Assert.Equal(SalesProcess.SalesforceDefault.Stages.Select(Shape), master.Stages.Take(10).Select(Shape));
        Assert.Equal(25, master.Stages.Count);
        Assert.Equal("Prospecting", master.DefaultStage);
    }

    [Fact]
    public void ReadOpportunityStages_UstEasy_GivesTwentyFiveStagesWithTheirDescriptions()
    {
        var stages = new SalesforceMetadataReader().ReadOpportunityStages(Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml")).Value;

        Assert.Equal(25, stages.Count);
        Assert.Equal(("Closed Won", true, true, ForecastCategory.Closed), (stages[8].Name, stages[8].IsClosed, stages[8].IsWon, stages[8].ForecastCategory));
        Assert.Equal(15, stages.Count(s => s.Description is not null));
    }

    [Fact]
    public void ReadMasterSalesProcess_UstEasy_StartsWithTheTenSalesforceDefaultStages()
    {
        var process = new SalesforceMetadataReader().ReadMasterSalesProcess(Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml")).Value;

        static object Shape(OpportunityStage s) => (s.Name, s.Probability, s.ForecastCategory, s.IsClosed, s.IsWon, s.IsActive);
        Assert.Equal(SalesProcess.SalesforceDefault.Stages.Select(Shape), process.Stages.Take(10).Select(Shape));
        Assert.Equal("Master", process.Name);
        Assert.True(process.CanFire("Prospecting", OpportunityStageTrigger.CloseAsWon, "Closed Won"));
    }

    [Fact]
    public void ReadSalesBusinessProcess_UstEasyApplicant_BuildsTheSalesProcess()
    {
        var loaded = new SalesforceMetadataReader().ReadSalesBusinessProcess(
            Fixture.Path("UST-EASY", "Opportunity.Applicant.businessProcess-meta.xml"), Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml")).Value;

        Assert.Equal(("Applicant", "Started App", true), (loaded.Definition.Name, loaded.Definition.DefaultStage.Name, loaded.IsActive));
        Assert.Equal(10, loaded.Definition.Stages.Count);
        Assert.NotEmpty(loaded.Definition.WonStages);
    }

    [Fact]
    public void ReadSalesBusinessProcess_WithItsOwnDefault_KeepsThePicklistOrder_AndTheDefaultApart()
    {
        var xml = """
            <BusinessProcess xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Late</fullName>
                <values><fullName>Closed Won</fullName><default>false</default></values>
                <values><fullName>Closed Lost</fullName><default>false</default></values>
                <values><fullName>Negotiation%2FReview</fullName><default>true</default></values>
                <values><fullName>Prospecting</fullName><default>false</default></values>
            </BusinessProcess>
            """;
        using var stages = File.OpenRead(Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml"));

        var loaded = new SalesforceMetadataReader().ReadSalesBusinessProcess(Fixture.Utf8(xml), "Late.businessProcess-meta.xml", stages, "OpportunityStage.standardValueSet-meta.xml").Value;

        Assert.Equal(["Prospecting", "Negotiation/Review", "Closed Won", "Closed Lost"], loaded.Definition.Stages.Select(s => s.Name));
        Assert.Equal("Negotiation/Review", loaded.Definition.DefaultStage.Name);
        Assert.Equal("Prospecting", loaded.Definition.FirstOpenStage!.Name);
    }

    [Fact]
    public void ReadMasterSalesProcess_WithAnInactiveStage_KeepsItButNoStageChangeEntersIt()
    {
        var xml = """
            <StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">
                <!-- PSA-style: retired stages stay in the file -->
                <standardValue><fullName>Identification</fullName><probability>10</probability><forecastCategory>Pipeline</forecastCategory><closed>false</closed><won>false</won></standardValue>
                <standardValue><fullName>Prospecting</fullName><probability>10</probability><forecastCategory>Pipeline</forecastCategory><closed>false</closed><won>false</won><isActive>false</isActive></standardValue>
                <standardValue><fullName>Pledged</fullName><probability>100</probability><forecastCategory>Closed</forecastCategory><closed>true</closed><won>true</won></standardValue>
                <standardValue><fullName>Declined</fullName><probability>0</probability><forecastCategory>Omitted</forecastCategory><closed>true</closed><won>false</won></standardValue>
            </StandardValueSet>
            """;

        var process = new SalesforceMetadataReader().ReadMasterSalesProcess(Fixture.Utf8(xml), "OpportunityStage.standardValueSet-meta.xml").Value;

        Assert.False(process.FindStage("Prospecting")!.IsActive);
        Assert.False(process.CanFire("Identification", OpportunityStageTrigger.MoveTo, "Prospecting"));
        Assert.True(process.CanFire("Identification", OpportunityStageTrigger.CloseAsWon, "Pledged"));
    }

    [Fact]
    public void ReadMasterSalesProcess_WhenTheDefaultStageIsClosed_FailsWithItsLine()
    {
        var xml = "<StandardValueSet xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
            + "<standardValue><fullName>Open</fullName><probability>10</probability></standardValue>\n"
            + "<standardValue><fullName>Won</fullName><default>true</default><closed>true</closed><won>true</won></standardValue>\n"
            + "<standardValue><fullName>Lost</fullName><closed>true</closed></standardValue>\n</StandardValueSet>";

        var result = new SalesforceMetadataReader().ReadMasterSalesProcess(Fixture.Utf8(xml), "OpportunityStage.standardValueSet-meta.xml");

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.DefaultValueNotOpenAndActive, 3), (error.Code, error.Line));
    }

    [Fact]
    public void UstEasyApplicantProcess_SelectsItsStagesInValueSetOrder()
    {
        var applicant = SalesProcessMapping.FromBusinessProcess(Process("Opportunity.Applicant.businessProcess-meta.xml"), UstEasyStages(), []).Value;

        Assert.Equal(
            ["Started App", "Submitted App", "Complete App", "Pending Decision", "Pending Admit", "Admit", "Confirmed", "Withdrawn", "Denied", "Enrolled"],
            applicant.Stages.Select(s => s.Name));
        Assert.Equal("Started App", applicant.DefaultStage);
        Assert.True(applicant.IsActive);
        Assert.Equal("Sales process for Applicant Opportunity", applicant.Description);
    }

    [Fact]
    public void SalesBusinessProcess_NamingAStageTheSetLacks_FailsNamingFileLineAndStage()
    {
        var process = new BusinessProcessMetadata("Opportunity.VKC_Gewonnen.businessProcess-meta.xml", "VKC Gewonnen", null, true,
            [new BusinessProcessValue("Prospecting", false, 6), new BusinessProcessValue("Geschlossene und gewonnene", false, 10)]);

        var result = SalesProcessMapping.FromBusinessProcess(process, UstEasyStages(), []);

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.UnknownValue, "Opportunity.VKC_Gewonnen.businessProcess-meta.xml", 10), (error.Code, error.File, error.Line));
        Assert.Contains("'Geschlossene und gewonnene'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessProcess_DecodesUrlEncodedStageNames()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <BusinessProcess xmlns="http://soap.sforce.com/2006/04/metadata">
                <values><fullName>Negotiation%2FReview</fullName><default>true</default></values>
                <values><fullName>Negotiate %26 Contract</fullName><default>false</default></values>
                <isActive>false</isActive>
                <fullName>Enterprise</fullName>
            </BusinessProcess>
            """;

        var process = MetadataParser.ReadBusinessProcess(Fixture.Utf8(xml), "Opportunity.Enterprise.businessProcess-meta.xml", SalesforceMetadataOptions.Default).Value;

        Assert.Equal(["Negotiation/Review", "Negotiate & Contract"], process.Values.Select(v => v.Name));
        Assert.True(process.Values[0].IsDefault);
        Assert.False(process.IsActive);
        Assert.Equal("Enterprise", process.Name);
    }

    [Fact]
    public void StageValueSet_WithAWonStageThatIsNotClosed_FailsWithItsLine()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">
                <standardValue><fullName>Open</fullName><probability>10</probability><forecastCategory>Pipeline</forecastCategory></standardValue>
                <standardValue><fullName>Won</fullName><won>true</won><closed>false</closed><forecastCategory>Forecast</forecastCategory></standardValue>
            </StandardValueSet>
            """;
        var stages = MetadataParser.ReadValueSet(Fixture.Utf8(xml), "OpportunityStage.standardValueSet-meta.xml", SalesforceMetadataOptions.Default).Value;

        var result = SalesProcessMapping.FromValueSet(stages);

        var error = Assert.IsType<MetadataDefinitionError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.InconsistentDefinitionValue, 4), (error.Code, error.Line));
        Assert.Equal(ForecastCategory.Commit, stages.Values[1].ForecastCategory);
    }

    [Fact]
    public void StageValueSet_WithAnUnknownForecastCategory_FailsWithItsLine()
    {
        var xml = "<StandardValueSet xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n<standardValue><fullName>A</fullName>\n<forecastCategory>Maybe</forecastCategory></standardValue></StandardValueSet>";

        var result = MetadataParser.ReadValueSet(Fixture.Utf8(xml), "OpportunityStage.standardValueSet-meta.xml", SalesforceMetadataOptions.Default);

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.Errors));
        Assert.Equal(3, error.Line);
    }
}
