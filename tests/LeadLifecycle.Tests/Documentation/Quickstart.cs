using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The README's quickstart, compiled. Keep the region identical to the README's code block.</summary>
internal static class Quickstart
{
    // The parameter shadows System.Console so that the README code, unchanged, writes to the test's writer.
    public static void Run(TextWriter Console)
    {
        #region README
        var leads = new LeadWorkflow(LeadProcess.SalesforceClassic);
        var converter = new LeadConverter(LeadProcess.SalesforceClassic);
        var deals = new OpportunityWorkflow(SalesProcess.SalesforceDefault);

        // A web form brings a lead, checked by Salesforce's API rules (LastName and Company required, lengths, email);
// Salesforce's own Web-to-Lead fills a missing LastName or Company with "[not provided]" instead (KB 000171026).
        var lead = leads.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines", LeadSource = "Web" }).Value;

        // Sales gets in touch: every verb returns the changed lead and an event, or typed errors, never an exception.
        var contacted = leads.MarkContacted(lead).Value;
        Console.WriteLine($"{contacted.Event.FromStatus} -> {contacted.Event.ToStatus}");   // Open - Not Contacted -> Working - Contacted
        var refused = leads.Disqualify(contacted.Lead, reason: "");
        Console.WriteLine(refused.HasError<DisqualificationReasonRequiredError>());        // True

        // Conversion: the person becomes a contact, the company an account, the potential sale an opportunity.
        var conversion = converter.Convert(contacted.Lead, new ConversionRequest("Closed - Converted")).Value;
        Console.WriteLine($"{conversion.Account.Name}, {conversion.Contact.Name}, {conversion.Opportunity!.Stage}");   // Analytical Engines, Ada Lovelace, Prospecting

        // The deal moves through the stages; each stage sets probability and forecast category.
        var proposal = deals.MoveTo(conversion.Opportunity, "Proposal/Price Quote").Value.Opportunity;
        Console.WriteLine($"{proposal.Probability}% {proposal.ForecastCategory}");          // 75% Pipeline
        var won = deals.CloseAsWon(proposal).Value.Opportunity;
        Console.WriteLine($"{won.Stage}, won: {won.IsWon}, {won.Probability}%");            // Closed Won, won: True, 100%
        #endregion
    }
}
