using System.Net.Mail;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// What the record checks that every conversion and every opportunity CanX/verb makes (issue 10) cost on a valid record:
/// the lead check before and after it stopped allocating (the former check, a list per call and a
/// <see cref="MailAddress"/> parse through <c>LeadEmailSyntax.IsValidByMailAddress</c>, the full rule, as the baseline), and the opportunity record check beside the
/// bare stage-permission check it precedes in <c>OpportunityWorkflow.CanMoveTo</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RecordValidationBenchmarks
{
    private const string LeadCheck = "Lead check";
    private const string OpportunityCheck = "Opportunity check";

    private static readonly SalesProcess Process = SalesProcess.SalesforceDefault;

    private readonly Lead _lead = BenchmarkLeads.Create(1);
    private Opportunity _opportunity = null!;
    private OpportunityStage _stage = null!;

    /// <summary>Builds a valid opportunity in an open stage.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var workflow = new OpportunityWorkflow(Process);
        _opportunity = workflow.Create(new Opportunity { Name = "Burlington Textiles", Amount = 235000m, CloseDate = new DateOnly(2026, 9, 30) }).Value;
        _stage = Process.FindStage(_opportunity.Stage)!;
    }

    /// <summary>The former lead check: an error list per call and a MailAddress parse of the email.</summary>
    /// <returns>Whether the lead is valid.</returns>
    [Benchmark(Baseline = true, Description = "Lead check, former (list + MailAddress)")]
    [BenchmarkCategory(LeadCheck)]
    public bool FormerLeadValidation() => FormerValidate(_lead).Count == 0;

    /// <summary>The lead check conversion and creation make now.</summary>
    /// <returns>Whether the lead is valid.</returns>
    [Benchmark(Description = "Lead check, LeadValidator.Validate")]
    [BenchmarkCategory(LeadCheck)]
    public bool LeadValidation()
    {
        List<IError>? errors = null;
        LeadValidator.Validate(_lead, allowPersonAccounts: false, ref errors);
        return errors is null;
    }

    /// <summary>The bare stage-permission check (no record check).</summary>
    /// <returns>Whether the move is permitted.</returns>
    [Benchmark(Baseline = true, Description = "SalesProcess.CanFire (no record check)")]
    [BenchmarkCategory(OpportunityCheck)]
    public bool StagePermission() => Process.CanFire(_opportunity.Stage, OpportunityStageTrigger.MoveTo, "Proposal/Price Quote");

    /// <summary>The record check every opportunity verb and CanX makes first.</summary>
    /// <returns>Whether the record is consistent.</returns>
    [Benchmark(Description = "OpportunityValidation.IsValid (record check alone)")]
    [BenchmarkCategory(OpportunityCheck)]
    public bool OpportunityRecordValidation() => OpportunityValidation.IsValid(_opportunity, _stage);

    /// <summary>LeadValidator.Validate as it was before it stopped allocating (every check as it is now; the list made
    /// on every call and the email parsed with MailAddress).</summary>
    private static List<IError> FormerValidate(Lead lead)
    {
        var errors = new List<IError>();
        if (string.IsNullOrWhiteSpace(lead.LastName))
        {
            errors.Add(new RequiredFieldMissingError(nameof(Lead.LastName)));
        }

        if (string.IsNullOrWhiteSpace(lead.Company))
        {
            errors.Add(new RequiredFieldMissingError(nameof(Lead.Company)));
        }

        Length(errors, nameof(Lead.Salutation), lead.Salutation, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.FirstName), lead.FirstName, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.MiddleName), lead.MiddleName, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.LastName), lead.LastName, LeadFieldLimits.LastName);
        Length(errors, nameof(Lead.Suffix), lead.Suffix, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.Title), lead.Title, LeadFieldLimits.Title);
        Length(errors, nameof(Lead.Company), lead.Company, LeadFieldLimits.Company);
        Length(errors, nameof(Lead.Email), lead.Email, LeadFieldLimits.Email);
        Length(errors, nameof(Lead.Phone), lead.Phone, LeadFieldLimits.Phone);
        Length(errors, nameof(Lead.MobilePhone), lead.MobilePhone, LeadFieldLimits.Phone);
        Length(errors, nameof(Lead.Fax), lead.Fax, LeadFieldLimits.Phone);
        Length(errors, nameof(Lead.Website), lead.Website, LeadFieldLimits.Website);
        Length(errors, nameof(Lead.Industry), lead.Industry, LeadFieldLimits.StandardPicklistValue);
        Length(errors, nameof(Lead.Rating), lead.Rating, LeadFieldLimits.StandardPicklistValue);
        Length(errors, nameof(Lead.LeadSource), lead.LeadSource, LeadFieldLimits.StandardPicklistValue);
        Length(errors, nameof(Lead.Description), lead.Description, LeadFieldLimits.Description);
        Length(errors, nameof(Lead.CompanyLocal), lead.CompanyLocal, LeadFieldLimits.Company);
        Length(errors, nameof(Lead.FirstNameLocal), lead.FirstNameLocal, LeadFieldLimits.NamePart);
        Length(errors, nameof(Lead.LastNameLocal), lead.LastNameLocal, LeadFieldLimits.LastName);
        if (lead.Address is { } address)
        {
            Length(errors, "Street", address.Street, LeadFieldLimits.Street);
            Length(errors, "City", address.City, LeadFieldLimits.City);
            Length(errors, "State", address.State, LeadFieldLimits.State);
            Length(errors, "PostalCode", address.PostalCode, LeadFieldLimits.PostalCode);
            Length(errors, "Country", address.Country, LeadFieldLimits.Country);
            Length(errors, "StateCode", address.StateCode, LeadFieldLimits.StateCode);
            Length(errors, "CountryCode", address.CountryCode, LeadFieldLimits.CountryCode);
        }

        if (!string.IsNullOrWhiteSpace(lead.Email) && !LeadEmailSyntax.IsValidByMailAddress(lead.Email))
        {
            errors.Add(new InvalidEmailAddressError(nameof(Lead.Email), lead.Email));
        }

        if (lead.NumberOfEmployees < 0)
        {
            errors.Add(new InvalidFieldValueError(nameof(Lead.NumberOfEmployees), "negative", "must not be negative"));
        }

        return errors;
    }

    private static void Length(List<IError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new StringTooLongError(field, max, value.Length));
        }
    }
}
