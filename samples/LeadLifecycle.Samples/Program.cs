using LeadLifecycle.Leads;

var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
var lead = workflow.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines Ltd" }).Value;
var contacted = workflow.MarkContacted(lead).Value;
Console.WriteLine($"{contacted.Lead.Name}: {contacted.Event.FromStatus} -> {contacted.Event.ToStatus}");
Console.WriteLine(LeadProcess.SalesforceClassic.ToMermaidGraph());
