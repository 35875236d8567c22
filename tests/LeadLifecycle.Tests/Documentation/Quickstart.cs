using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The README's quickstart, compiled. Keep the region identical to the README's code block.</summary>
internal static class Quickstart
{
    private static readonly Lock ConsoleLock = new();

    public static void Run(TextWriter output)
    {
        lock (ConsoleLock)
        {
            var original = Console.Out;
            Console.SetOut(output);
            try
            {
                Body();
            }
            finally
            {
                Console.SetOut(original);
            }
        }
    }

    private static void Body()
    {
        #region README
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);

        // Validated as Salesforce does: LastName and Company required, length limits, email syntax.
        var created = workflow.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Engines", LeadSource = "Web" });
        if (created.IsFailed)
        {
            foreach (var error in created.Errors) Console.WriteLine(error.Message);
            return;
        }

        var contacted = workflow.MarkContacted(created.Value);        // Open - Not Contacted -> Working - Contacted
        Console.WriteLine(contacted.Value.Event);                      // LeadStatusChanged { FromStatus = ..., ToStatus = ... }

        var refused = workflow.Disqualify(contacted.Value.Lead, reason: "");
        Console.WriteLine(refused.HasError<LeadLifecycle.Errors.DisqualificationReasonRequiredError>()); // True
        #endregion
    }
}
