// A consumer that only has the .nupkg: runs the main scenario and fails loudly if anything is off.
using LeadLifecycle.Leads;

var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
var lead = workflow.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines", LeadSource = "Web" });
Check(lead.IsSuccess, "create a lead");
var contacted = workflow.MarkContacted(lead.Value);
Check(contacted.IsSuccess && contacted.Value.Lead.Status == "Working - Contacted", "mark the lead contacted");
Check(workflow.Disqualify(contacted.Value.Lead, "").IsFailed, "refuse a disqualification without a reason");
Check(LeadProcess.SalesforceClassic.ToMermaidGraph().StartsWith("stateDiagram-v2", StringComparison.Ordinal), "render the lead process");

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
