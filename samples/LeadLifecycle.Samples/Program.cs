// The story of DOMAIN.md section 1, end to end: leads arrive from four channels, sales works them through the
// qualification statuses, one is disqualified, one becomes a contact and account without an opportunity, and one is
// converted with an opportunity that moves through the stages to Closed Won.
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Samples;

var clock = new StoryClock();
var leadProcess = LeadProcess.SalesforceClassic;
var salesProcess = SalesProcess.SalesforceDefault;
var leads = new LeadWorkflow(leadProcess, new LeadWorkflowOptions { TimeProvider = clock });
var converter = new LeadConverter(leadProcess, new LeadConverterOptions { SalesProcess = salesProcess, TimeProvider = clock });
var deals = new OpportunityWorkflow(salesProcess, new OpportunityWorkflowOptions { TimeProvider = clock });
var timeline = new List<(DateTimeOffset When, string Record, string What)>();

// 1. Leads arrive: a purchased list, a web form, a referral from a satisfied customer, and a partner.
var arrivals = new[]
{
    new Lead { FirstName = "Jon", LastName = "Amos", Company = "Sample Inc", Title = "Office Manager", LeadSource = "Purchased List", Phone = "(555) 010-1000" },
    new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines Ltd", Title = "CTO", Email = "ada@engines.example", LeadSource = "Web", Industry = "Technology", AnnualRevenue = 12_000_000m, NumberOfEmployees = 140, Address = new LeadLifecycle.Address { City = "London", Country = "UK" } },
    new Lead { FirstName = "Grace", LastName = "Hopper", Company = "Compiler Works", Title = "Director", Email = "grace@compilers.example", LeadSource = "Customer Referral" },
    new Lead { FirstName = "Linus", LastName = "Torvalds", Company = "Kernel Partners", Email = "linus@kernel.example", LeadSource = "Partner Referral" },
};
var byName = new Dictionary<string, Lead>();
foreach (var arrival in arrivals)
{
    var created = leads.Create(arrival).Value;
    byName[created.LastName] = created;
    timeline.Add((clock.GetUtcNow(), created.Name, $"lead created from {created.LeadSource}, status {created.Status}"));
    clock.Advance(TimeSpan.FromMinutes(30));
}

// Bad input from the web form gets clear errors and creates nothing.
var broken = leads.Create(new Lead { FirstName = "No", LastName = "", Email = "not-an-email" });
Console.WriteLine("A broken web-form submission is refused:");
foreach (var error in broken.Errors)
{
    Console.WriteLine($"  {((LeadLifecycle.Errors.LeadLifecycleError)error).Code}: {error.Message}");
}

Console.WriteLine();

// 2. Sales works the leads: everybody is contacted the next day.
clock.Advance(TimeSpan.FromDays(1));
foreach (var name in byName.Keys.ToList())
{
    var step = leads.MarkContacted(byName[name]).Value;
    byName[name] = step.Lead;
    var contacted = (LeadStatusChanged)step.Event;
    timeline.Add((contacted.OccurredAt, step.Lead.Name, $"{contacted.FromStatus} -> {contacted.ToStatus}"));
}

// 3. The purchased-list lead has no interest: disqualified, with a reason.
clock.Advance(TimeSpan.FromDays(2));
var disqualified = leads.Disqualify(byName["Amos"], DisqualificationReasons.NoLongerInterested).Value;
byName["Amos"] = disqualified.Lead;
var closed = (LeadStatusChanged)disqualified.Event;
timeline.Add((closed.OccurredAt, disqualified.Lead.Name, $"disqualified ({closed.Reason}) -> {closed.ToStatus}"));

// 4. The referral joins the network, but there is nothing to sell yet: contact and account, no opportunity.
clock.Advance(TimeSpan.FromDays(1));
var networked = converter.Convert(byName["Hopper"], new ConversionRequest("Closed - Converted") { DoNotCreateOpportunity = true }).Value;
byName["Hopper"] = networked.Lead;
timeline.Add((networked.Event.OccurredAt, networked.Lead.Name, "converted to contact and account, no opportunity"));

// 5. The web lead shows interest, agrees a meeting and then pricing: the ultimate signal. Convert with an opportunity.
clock.Advance(TimeSpan.FromDays(1));
var ada = leads.RecordInterestShown(byName["Lovelace"]).Value.Lead;
clock.Advance(TimeSpan.FromDays(2));
ada = leads.RecordMeetingAgreed(ada).Value.Lead;
clock.Advance(TimeSpan.FromDays(5));
ada = leads.RecordPricingAgreed(ada).Value.Lead;
timeline.Add((clock.GetUtcNow(), ada.Name, "interest shown, meeting agreed, pricing agreed"));
var pricingConverter = new LeadConverter(leadProcess, new LeadConverterOptions { SalesProcess = salesProcess, TimeProvider = clock, Readiness = ConversionReadiness.PricingAgreed });
var sale = pricingConverter.Convert(ada, new ConversionRequest("Closed - Converted") { OpportunityName = "Analytical Engines - Difference Engine" }).Value;
byName["Lovelace"] = sale.Lead;
timeline.Add((sale.Event.OccurredAt, sale.Lead.Name, $"converted: account, contact and opportunity '{sale.Opportunity!.Name}'"));
var retry = converter.Convert(sale.Lead, new ConversionRequest("Closed - Converted"));
Console.WriteLine($"Converting the same lead twice is refused: {retry.Errors[0].Message}");
Console.WriteLine();

// 6. The opportunity moves through the stages to Closed Won.
var deal = sale.Opportunity;
deal = deals.ChangeAmount(deal, 250_000m).Value.Opportunity;
foreach (var stage in new[] { "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review" })
{
    clock.Advance(TimeSpan.FromDays(4));
    var moved = deals.MoveTo(deal, stage).Value;
    deal = moved.Opportunity;
    var step = (OpportunityStageEvent)moved.Event;
    timeline.Add((step.OccurredAt, deal.Name, $"{step.FromStage} -> {step.ToStage} ({deal.Probability}%, {deal.ForecastCategory})"));
}

clock.Advance(TimeSpan.FromDays(3));
var won = deals.CloseAsWon(deal).Value;
deal = won.Opportunity;
var closing = (OpportunityWon)won.Event;
timeline.Add((closing.OccurredAt, deal.Name, $"{closing.FromStage} -> {closing.ToStage}: won {TextTable.Money(closing.Amount)}"));

// The partner lead stays in Working - Contacted: sales keeps working it.
TextTable.Print("Leads", ["Name", "Company", "Source", "Status", "Converted", "Reason"],
    byName.Values.Select(l => new[] { l.Name, l.Company, l.LeadSource, l.Status, l.IsConverted ? TextTable.Date(l.ConvertedDate) : "no", l.DisqualificationReason }));
TextTable.Print("Accounts", ["Id", "Name", "Industry", "Revenue", "Employees", "Source"],
    new[] { networked.Account, sale.Account }.Select(a => new[] { a.Id.Value, a.Name, a.Industry, TextTable.Money(a.AnnualRevenue), a.NumberOfEmployees?.ToString(System.Globalization.CultureInfo.InvariantCulture), a.AccountSource }));
TextTable.Print("Contacts", ["Id", "Name", "Title", "Email", "Account", "Lead source"],
    new[] { networked.Contact, sale.Contact }.Select(c => new[] { c.Id.Value, c.Name, c.Title, c.Email, c.AccountId?.Value, c.LeadSource }));
TextTable.Print("Opportunity history", ["When", "Stage", "Probability", "Amount", "Expected revenue", "Close date"],
    deal.History.Select(h => new[] { TextTable.Time(h.ChangedAt), h.Stage, $"{h.Probability}%", TextTable.Money(h.Amount), TextTable.Money(h.ExpectedRevenue), TextTable.Date(h.CloseDate) }));
TextTable.Print("Timeline", ["When", "Record", "Event"],
    timeline.OrderBy(t => t.When).Select(t => new[] { TextTable.Time(t.When), t.Record, t.What }));

var summary = PipelineSummary.Create(salesProcess, [deal]);
Console.WriteLine($"Pipeline: {summary.Total.Count} opportunity, {TextTable.Money(summary.Total.Amount)} in total, {TextTable.Money(summary.ByForecastCategory[ForecastCategory.Closed].Amount)} closed.");
Console.WriteLine();
Console.WriteLine("## Lead process (Mermaid)");
Console.WriteLine(leadProcess.ToMermaidGraph());
Console.WriteLine("## Sales process (Mermaid)");
Console.WriteLine(salesProcess.ToMermaidGraph());
