using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

public static partial class LifecycleArbitraries
{
    private static readonly string[] Emails = ["ada@example.com", "grace.hopper@navy.mil", "x+tag@sub.example.org"];

    /// <summary>New leads' fields, as <see cref="LeadWorkflow.Create"/> takes them: no id, no status; names up to
    /// Salesforce's limits, non-ASCII names, optional email, lead source, revenue, employees and custom fields.</summary>
    /// <returns>Lead drafts every process's <c>Create</c> accepts, unless its default status has an entry guard.</returns>
    public static Arbitrary<Lead> LeadDrafts() => Arb.From(Drafts(), ShrinkDraft);

    /// <summary>Leads valid for a process: an id, an active open status of the process (its entry guards met), and
    /// fields <see cref="LeadWorkflow.Create"/> accepts.</summary>
    /// <remarks>A generated lead whose status's entry guards are not met is given an email and checked again, then
    /// dropped; generation keeps trying until a lead passes, so a process whose every active open status guards on
    /// something other than an email needs its own generator (map these leads with <c>Select</c> to meet the
    /// guards). Shrinking keeps leads valid: it moves them to the default status and drops optional fields.</remarks>
    /// <param name="process">The lead process.</param>
    /// <returns>Leads that <c>new LeadWorkflow(process).Create(lead)</c> accepts.</returns>
    public static Arbitrary<Lead> Leads(LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var workflow = new LeadWorkflow(process, new LeadWorkflowOptions { EnableTelemetry = false });
        var open = process.Statuses.Where(s => s.IsOpen && s.IsActive).Select(s => s.Name).ToArray();
        bool Valid(Lead lead) => workflow.Create(lead).IsSuccess;
        var leads =
            from draft in Drafts()
            from number in Gen.Choose(1, 999_999)
            from status in Gen.Elements(open)
            from email in Gen.Elements(Emails)
            let lead = draft with { Id = new LeadId($"00Q{number:D6}"), Status = status }
            select Valid(lead) ? lead : lead with { Email = email };
        return Arb.From(
            leads.Where(Valid),
            lead => ShrinkDraft(lead).Prepend(lead with { Status = process.DefaultStatus.Name }).Where(l => l != lead && Valid(l)));
    }

    /// <summary>Leads that break one rule each, with the field and what is wrong: an empty or too long last name, no
    /// company, a malformed email, a negative number of employees, an unknown, converted or inactive status, or the
    /// converted flag set.</summary>
    /// <param name="process">The lead process the leads are checked against.</param>
    /// <returns>Leads that <c>new LeadWorkflow(process).Create(lead)</c> refuses.</returns>
    public static Arbitrary<InvalidLead> InvalidLeads(LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var inactive = process.Statuses.Where(s => !s.IsActive).Select(s => s.Name).ToArray();
        var breaks = new List<(int Weight, Func<Lead, InvalidLead> Break)>
        {
            (2, l => new InvalidLead(l with { LastName = string.Empty }, nameof(Lead.LastName), "LastName is empty")),
            (1, l => new InvalidLead(l with { LastName = new string('x', LeadFieldLimits.LastName + 1) }, nameof(Lead.LastName), $"LastName is longer than {LeadFieldLimits.LastName} characters")),
            (2, l => new InvalidLead(l with { Company = null }, nameof(Lead.Company), "Company is empty (person-account leads are not allowed)")),
            (2, l => new InvalidLead(l with { Email = "ada.example.com" }, nameof(Lead.Email), "Email is not an email address")),
            (1, l => new InvalidLead(l with { NumberOfEmployees = -1 }, nameof(Lead.NumberOfEmployees), "NumberOfEmployees is negative")),
            (2, l => new InvalidLead(l with { Status = "No such status" }, nameof(Lead.Status), $"Status is not a status of process '{process.Name}'")),
            (1, l => new InvalidLead(l with { Status = process.ConvertedStatuses[0].Name }, nameof(Lead.Status), "Status is a converted status (only conversion converts)")),
            (1, l => new InvalidLead(l with { IsConverted = true }, nameof(Lead.IsConverted), "IsConverted is set (only conversion converts)")),
        };
        if (inactive.Length > 0)
        {
            breaks.Add((1, l => new InvalidLead(l with { Status = inactive[0] }, nameof(Lead.Status), $"Status '{inactive[0]}' is inactive")));
        }

        var gen =
            from lead in Leads(process).Generator
            from broken in Gen.Frequency(breaks.Select(b => (b.Weight, Gen.Constant(b.Break))))
            select broken(lead);
        return Arb.From(gen, invalid => []);
    }

    /// <summary>Opportunities in a sales process: an id, a name, an amount and close date, an active stage with the
    /// stage's probability, forecast category and flags, the fields the process requires filled, and a loss reason in
    /// a lost stage.</summary>
    /// <param name="process">The sales process.</param>
    /// <returns>Opportunities that <c>new OpportunityWorkflow(process).Create(opportunity)</c> accepts.</returns>
    public static Arbitrary<Opportunity> Opportunities(SalesProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var workflow = new OpportunityWorkflow(process, new OpportunityWorkflowOptions { EnableTelemetry = false });
        var active = process.Stages.Where(s => s.IsActive).ToArray();
        var gen =
            from number in Gen.Choose(1, 999_999)
            from name in Gen.Elements("Acme - 200 widgets", "Globex renewal", "Initech: TPS", "Zoë's café", new string('n', OpportunityFieldLimits.Name))
            from amount in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (5, Gen.Choose(0, 100_000_000).Select(cents => (decimal?)(cents / 100m))))
            from days in Gen.Choose(0, 730)
            from stage in Gen.Elements(active)
            from filled in Gen.Elements(true, false)
            let opportunity = Opportunity(number, name, amount, days, stage, filled || process.Stages.Any(s => process.GetRequiredFields(s.Name).Count > 0))
            where workflow.Create(opportunity).IsSuccess
            select opportunity;
        return Arb.From(gen, opportunity => ShrinkOpportunity(opportunity).Where(o => workflow.Create(o).IsSuccess));
    }

    /// <summary>Conversion requests that fit a lead process: a converted status of the process, with or without an
    /// opportunity, a name within 80 characters, an owner for the new records or none.</summary>
    /// <param name="process">The lead process.</param>
    /// <returns>Conversion requests.</returns>
    public static Arbitrary<ConversionRequest> ConversionRequests(LeadProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var statuses = process.ConvertedStatuses.Where(s => s.IsActive).Select(s => s.Name).DefaultIfEmpty(process.ConvertedStatuses[0].Name).ToArray();
        var gen =
            from status in Gen.Elements(statuses)
            from noOpportunity in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from name in Gen.Elements<string?>(null, "Big deal", new string('o', 80))
            from owner in Gen.Elements<OwnerId?>(null, new OwnerId("005REQUESTOWNR1"))
            select new ConversionRequest(status) { DoNotCreateOpportunity = noOpportunity, OpportunityName = noOpportunity ? null : name, OwnerId = owner };
        return Arb.From(gen, request => request == new ConversionRequest(request.ConvertedStatus) ? [] : [new ConversionRequest(request.ConvertedStatus)]);
    }

    private static Gen<Lead> Drafts() =>
        from first in Gen.Elements("Ada", "Grace", "Linus", null, "Zoë", "Jürgen")
        from last in Gen.Elements("Lovelace", "Hopper", "Torvalds", "O'Brien", "Nakamura", new string('x', LeadFieldLimits.LastName))
        from company in Gen.Elements("Acme", "Globex", "Initech", new string('c', LeadFieldLimits.Company))
        from email in Gen.Elements<string?>(null, Emails[0], Emails[1], Emails[2])
        from source in Gen.Elements<string?>(null, "Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other")
        from revenue in Gen.Elements<decimal?>(null, 0m, 1_000_000m, 123.45m)
        from employees in Gen.Elements<int?>(null, 0, 10, 250_000)
        from custom in Gen.Elements(CustomFields.Empty, CustomFields.Empty.With("Score__c", "42"), CustomFields.Empty.With("Region__c", "EMEA").With("Tier__c", "Gold"))
        select new Lead
        {
            FirstName = first,
            LastName = last,
            Company = company,
            Email = email,
            LeadSource = source,
            AnnualRevenue = revenue,
            NumberOfEmployees = employees,
            CustomFields = custom,
            Address = new Address { City = "Springfield", Country = "US" },
        };

    private static IEnumerable<Lead> ShrinkDraft(Lead lead)
    {
        if (lead.LastName != "Lovelace")
        {
            yield return lead with { LastName = "Lovelace" };
        }

        if (lead.Company != "Acme")
        {
            yield return lead with { Company = "Acme" };
        }

        if (lead.FirstName is not null)
        {
            yield return lead with { FirstName = null };
        }

        if (lead.Email is not null)
        {
            yield return lead with { Email = null };
        }

        if (lead.LeadSource is not null || lead.AnnualRevenue is not null || lead.NumberOfEmployees is not null || lead.CustomFields.Count > 0)
        {
            yield return lead with { LeadSource = null, AnnualRevenue = null, NumberOfEmployees = null, CustomFields = CustomFields.Empty };
        }
    }

    private static Opportunity Opportunity(int number, string name, decimal? amount, int days, OpportunityStage stage, bool fillEverything) => new()
    {
        Id = new OpportunityId($"006{number:D6}"),
        Name = name,
        Amount = amount ?? (fillEverything ? 1000m : null),
        CloseDate = new DateOnly(2026, 1, 1).AddDays(days),
        Stage = stage.Name,
        Probability = stage.Probability,
        ForecastCategory = stage.ForecastCategory,
        IsClosed = stage.IsClosed,
        IsWon = stage.IsWon,
        LossReason = stage.IsLost ? "Price" : null,
        AccountId = fillEverything ? new AccountId("001ACCOUNT00001") : null,
        ContactId = fillEverything ? new ContactId("003CONTACT00001") : null,
        OwnerId = fillEverything ? new OwnerId("005OWNER0000001") : null,
        LeadSource = fillEverything ? "Web" : null,
        CampaignId = fillEverything ? new CampaignId("701CAMPAIGN0001") : null,
        Description = fillEverything ? "Generated" : null,
    };

    private static IEnumerable<Opportunity> ShrinkOpportunity(Opportunity opportunity)
    {
        if (opportunity.Name != "Deal")
        {
            yield return opportunity with { Name = "Deal" };
        }

        if (opportunity.Amount is { } amount && amount != decimal.Truncate(amount))
        {
            yield return opportunity with { Amount = decimal.Truncate(amount) };
        }

        if (opportunity.AccountId is not null)
        {
            yield return opportunity with { AccountId = null, ContactId = null, OwnerId = null, LeadSource = null, CampaignId = null, Description = null };
        }
    }
}
