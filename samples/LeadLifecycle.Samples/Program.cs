using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
var lead = workflow.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines Ltd", LeadSource = "Web" }).Value;
var contacted = workflow.MarkContacted(lead).Value;
Console.WriteLine($"{contacted.Lead.Name}: {contacted.Event.FromStatus} -> {contacted.Event.ToStatus}");
Console.WriteLine(LeadProcess.SalesforceClassic.ToMermaidGraph());

// Conversion: the person becomes a contact, the company an account, the potential sale an opportunity.
var converter = new LeadConverter(LeadProcess.SalesforceClassic);
var conversion = converter.Convert(contacted.Lead, new ConversionRequest("Closed - Converted")).Value;
Console.WriteLine($"Account {conversion.Account.Name}, contact {conversion.Contact.Name}, opportunity {conversion.Opportunity!.Name} " +
    $"in {conversion.Opportunity.Stage} ({conversion.Opportunity.Probability}%), closing {conversion.Opportunity.CloseDate}");
Console.WriteLine($"Converting again: {converter.Convert(conversion.Lead, new ConversionRequest("Closed - Converted")).Errors[0].Message}");

var deals = new OpportunityWorkflow(SalesProcess.SalesforceDefault);
var won = deals.CloseAsWon(conversion.Opportunity).Value;
Console.WriteLine($"{won.Opportunity.Name}: {won.Opportunity.Stage}, won = {won.Opportunity.IsWon}");
