using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Salesforce.Tests.Support;
using LeadLifecycle.Testing;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Issue 14 item 5 on the UST-EASY org: a sales process keeps the org's stage order, its default stage is a
/// separate property, <c>Create</c> without a stage uses the default, and a converted lead's new opportunity starts in
/// the first stage of the picklist order (Salesforce KB 000384436).</summary>
public class SalesProcessStageOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static SalesProcess Load(string processXml)
    {
        using var stages = File.OpenRead(Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml"));
        var loaded = new SalesforceMetadataReader().ReadSalesBusinessProcess(Fixture.Utf8(processXml), "Late.businessProcess-meta.xml", stages, "OpportunityStage.standardValueSet-meta.xml");
        Assert.True(loaded.IsSuccess, string.Join("; ", loaded.Errors.Select(e => e.Message)));
        return loaded.Value.Definition;
    }

    private static SalesProcess LoadFixture(string file) =>
        new SalesforceMetadataReader().ReadSalesBusinessProcess(
            Fixture.Path("UST-EASY", file), Fixture.Path("UST-EASY", "OpportunityStage.standardValueSet-meta.xml")).Value.Definition;

    private static string Process(string name, params (string Stage, bool IsDefault)[] values) =>
        $"<BusinessProcess xmlns=\"http://soap.sforce.com/2006/04/metadata\"><fullName>{name}</fullName>"
        + string.Concat(values.Select(v => $"<values><fullName>{v.Stage.Replace("/", "%2F", StringComparison.Ordinal)}</fullName><default>{(v.IsDefault ? "true" : "false")}</default></values>"))
        + "</BusinessProcess>";

    private static LeadConverter Converter(SalesProcess process) => new(LeadProcess.SalesforceClassic, new LeadConverterOptions
    {
        SalesProcess = process,
        TimeProvider = new FakeTimeProvider(Now),
        IdGenerator = new SequentialIdGenerator(),
        EnableTelemetry = false,
    });

    private static Lead Lead() => new() { LastName = "Lovelace", Company = "Analytical Engines", Status = "Working - Contacted" };

    [Fact]
    public void UstEasyInquiry_KeepsThePicklistOrder_NotTheBusinessProcessFileOrder()
    {
        var inquiry = LoadFixture("Opportunity.Inquiry.businessProcess-meta.xml");

        Assert.Equal(["Suspect", "Moderately Suspect", "Inquiry", "Engaged", "No Longer Interested", "Withdrawn"], inquiry.Stages.Select(s => s.Name));
        Assert.Equal("Suspect", inquiry.DefaultStage.Name);
        Assert.Equal("Suspect", inquiry.FirstOpenStage!.Name);
    }

    [Fact]
    public void ADefaultInTheMiddle_StaysInItsPlace_SoForwardOnlyAndNoSkippingMeasureThePicklistOrder()
    {
        var late = Load(Process("Late", ("Closed Won", false), ("Prospecting", false), ("Negotiation/Review", true), ("Qualification", false), ("Closed Lost", false)));
        var strict = new SalesProcessBuilder("Strict").AddStages(late.Stages).WithDefaultStage(late.DefaultStage.Name)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, NoSkipping = true }).Build();

        Assert.Equal(["Prospecting", "Qualification", "Negotiation/Review", "Closed Won", "Closed Lost"], late.Stages.Select(s => s.Name));
        Assert.Equal("Negotiation/Review", late.DefaultStage.Name);
        Assert.True(strict.CanFire("Prospecting", OpportunityStageTrigger.Advance, "Qualification"));
        Assert.False(strict.CanFire("Negotiation/Review", OpportunityStageTrigger.MoveTo, "Prospecting"));
        Assert.False(strict.CanFire("Prospecting", OpportunityStageTrigger.MoveTo, "Negotiation/Review"));
    }

    [Fact]
    public void Create_WithoutAStage_StartsInTheDefault_WhileConversionStartsInTheFirstStage()
    {
        var late = Load(Process("Late", ("Prospecting", false), ("Negotiation/Review", true), ("Closed Won", false), ("Closed Lost", false)));
        var workflow = new OpportunityWorkflow(late, new OpportunityWorkflowOptions { TimeProvider = new FakeTimeProvider(Now), IdGenerator = new SequentialIdGenerator() });

        var created = workflow.Create(new Opportunity { Name = "Typed in", CloseDate = new DateOnly(2026, 6, 30) }).Value;
        var converted = Converter(late).Convert(Lead(), new ConversionRequest("Closed - Converted")).Value.Opportunity!;

        Assert.Equal(("Negotiation/Review", 90), (created.Stage, created.Probability));
        Assert.Equal(("Prospecting", 10), (converted.Stage, converted.Probability));
    }

    [Fact]
    public void AProcessOfClosedStagesOnly_Loads_ButNoOpportunityStartsInItWithoutAStage()
    {
        var closed = Load(Process("Closed", ("Withdrawn", false), ("Denied", false)));
        var workflow = new OpportunityWorkflow(closed);

        Assert.Null(closed.FirstOpenStage);
        Assert.Equal(ErrorCodes.NoOpenStage, Assert.IsType<NoOpenStageError>(Assert.Single(workflow.Create(new Opportunity { Name = "X", CloseDate = new DateOnly(2026, 6, 30) }).Errors)).Code);
        Assert.True(workflow.Create(new Opportunity { Name = "X", Stage = "Denied", CloseDate = new DateOnly(2026, 6, 30) }).IsSuccess);

        var conversion = Converter(closed).Convert(Lead(), new ConversionRequest("Closed - Converted"));
        Assert.Equal("Closed", Assert.IsType<NoOpenStageError>(Assert.Single(conversion.Errors)).Process);
        Assert.True(Converter(closed).Convert(Lead(), new ConversionRequest("Closed - Converted") { DoNotCreateOpportunity = true }).IsSuccess);
    }
}
