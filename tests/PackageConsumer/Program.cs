// A consumer that only has the .nupkg files: runs the main scenario and fails loudly if anything is off.
using LeadLifecycle.AspNetCore;
using LeadLifecycle.Conversion;
using LeadLifecycle.EntityFrameworkCore;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Salesforce;
using LeadLifecycle.Serialization;
using Microsoft.Extensions.DependencyInjection;

var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
var lead = workflow.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines", LeadSource = "Web" });
Check(lead.IsSuccess, "create a lead");
var contacted = workflow.MarkContacted(lead.Value);
Check(contacted.IsSuccess && contacted.Value.Lead.Status == "Working - Contacted", "mark the lead contacted");
Check(workflow.Disqualify(contacted.Value.Lead, "").IsFailed, "refuse a disqualification without a reason");

var converter = new LeadConverter(LeadProcess.SalesforceClassic);
var conversion = converter.Convert(contacted.Value.Lead, new ConversionRequest("Closed - Converted"));
Check(conversion.IsSuccess && conversion.Value.Lead.IsConverted && conversion.Value.Opportunity is not null, "convert the lead");
Check(converter.Convert(conversion.Value.Lead, new ConversionRequest("Closed - Converted")).IsFailed, "refuse a second conversion");

var deals = new OpportunityWorkflow(SalesProcess.SalesforceDefault);
var won = deals.CloseAsWon(conversion.Value.Opportunity!);
Check(won.IsSuccess && won.Value.Opportunity is { IsWon: true, Probability: 100 }, "win the deal");

var json = LeadLifecycleJson.Serialize(conversion.Value.Lead);
Check(LeadLifecycleJson.Deserialize<Lead>(json).Value == conversion.Value.Lead, "round-trip a lead through JSON");
Check(LeadProcess.SalesforceClassic.ToMermaidGraph().StartsWith("stateDiagram-v2", StringComparison.Ordinal), "render the lead process");

var imported = new LeadRecordReader().ReadCsv(new StringReader("FirstName,LastName,Company,Status,LeadSource\nBertha,Boxer,\"Farmers Coop. of Florida\",Working - Contacted,Web\n"), "leads.csv");
Check(imported.Imported.Count == 1 && imported.Imported[0].Company == "Farmers Coop. of Florida", "import a lead from a Data Loader CSV");

var webLead = new WebToLeadIntake(workflow).Create([new("oid", "00D5g000004abcd"), new("last_name", "Boxer"), new("company", "FCOF")]);
Check(webLead.IsSuccess && webLead.Value.LastName == "Boxer", "create a lead from a Web-to-Lead form post");

using (var services = new ServiceCollection().AddLeadLifecycle(o => o.LeadProcess = LeadProcess.SalesforceNewer).BuildServiceProvider())
{
    Check(services.GetRequiredService<LeadWorkflow>().Process == LeadProcess.SalesforceNewer, "register the workflows with AddLeadLifecycle");
}

var problem = workflow.Disqualify(contacted.Value.Lead, "").ToProblemDetails();
Check(problem.Status == 422 && (string?)problem.Extensions["code"] == "DISQUALIFICATION_REASON_REQUIRED", "turn a refusal into ProblemDetails");

// LeadLifecycle.EntityFrameworkCore on SQLite: save a verb's result; a stale second save is a typed conflict.
using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("DataSource=:memory:"))
{
    connection.Open();
    using var db = new ConsumerContext(connection);
    db.Database.EnsureCreated();
    var stored = workflow.Create(new Lead { LastName = "Hopper", Company = "Navy" }).Value;
    Check((await db.SaveNewAsync(stored)).IsSuccess, "save a new lead with EF Core");
    Check((await db.SaveChangeAsync(workflow.MarkContacted(stored).Value)).IsSuccess, "save a lead change with EF Core");
    Check((await db.SaveChangeAsync(workflow.Disqualify(stored, "Budget").Value)).HasError<ConcurrencyConflictError>(), "refuse a stale save");
    var converted = await converter.ConvertAsync(workflow.MarkContacted(workflow.Create(new Lead { LastName = "Byron", Company = "Poets" }).Value).Value.Lead, new ConversionRequest("Closed - Converted"));
    Check(converted.IsSuccess, "convert a lead asynchronously");
}

Console.WriteLine("package consumer: main scenario passed");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"package consumer: failed to {what}");
        Environment.Exit(1);
    }
}
