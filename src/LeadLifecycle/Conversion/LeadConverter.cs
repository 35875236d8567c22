using System.Diagnostics;
using FluentResults;
using LeadLifecycle.Diagnostics;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Conversion;

/// <summary>Converts qualified leads into a contact, an account and, if wanted, an opportunity, as Salesforce's
/// <c>convertLead</c> does.</summary>
/// <remarks>
/// Configured once and safe to share between threads. A conversion is all-or-nothing: it checks everything first
/// (the request's rules, the lead's status, the readiness policy, then the duplicate matcher) and reports every
/// problem at once; only when all pass does it make ids and records. The input lead and existing records are never
/// changed. A converted lead is refused with <see cref="LeadAlreadyConvertedError"/>, which carries the earlier ids.
/// </remarks>
public sealed partial class LeadConverter
{
    private const string Operation = "lead.Convert";
    private const string QueueKeyPrefix = "00G";

    private readonly LeadFieldMapping _mapping;
    private readonly SalesProcess _salesProcess;
    private readonly TimeProvider _time;
    private readonly IIdGenerator _ids;
    private readonly IDuplicateMatcher? _duplicates;
    private readonly ConversionReadiness _readiness;
    private readonly int _fiscalYearStartMonth;
    private readonly bool _telemetry;

    /// <summary>Initializes a new instance of the <see cref="LeadConverter"/> class.</summary>
    /// <param name="process">The lead process whose converted statuses and conversion transitions apply.</param>
    /// <param name="options">Sales process, mapping, fiscal year, readiness, duplicate check, clock and ids; defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The fiscal year start month is not 1 to 12, or the readiness policy is unknown.</exception>
    public LeadConverter(LeadProcess process, LeadConverterOptions? options = null)
    {
        Process = Preconditions.NotNull(process);
        options ??= new LeadConverterOptions();
        _salesProcess = Preconditions.NotNull(options.SalesProcess);
        _mapping = Preconditions.NotNull(options.FieldMapping);
        _time = Preconditions.NotNull(options.TimeProvider);
        _ids = Preconditions.NotNull(options.IdGenerator);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FiscalYearStartMonth, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FiscalYearStartMonth, 12, nameof(options));
        if (!Enum.IsDefined(options.Readiness))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Readiness, "Unknown readiness policy.");
        }

        _fiscalYearStartMonth = options.FiscalYearStartMonth;
        _readiness = options.Readiness;
        _duplicates = options.DuplicateMatcher;
        _telemetry = options.EnableTelemetry;
        Options = options;
    }

    /// <summary>Gets the lead process whose rules apply.</summary>
    public LeadProcess Process { get; }

    /// <summary>Gets the options the converter was built with.</summary>
    public LeadConverterOptions Options { get; }

    /// <summary>Gets the field mapping, for a user to read; change it with <see cref="LeadFieldMapping.With"/> and a new converter.</summary>
    public LeadFieldMapping FieldMapping => _mapping;

    /// <summary>Tells whether a lead could be converted with a request now, without producing anything.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="request">The conversion options.</param>
    /// <returns>Success, or every problem <see cref="Convert"/> would report (the duplicate check included).</returns>
    public Result CanConvert(Lead lead, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(request);
        var errors = Check(lead, request);
        return errors is null ? Result.Ok() : Result.Fail(errors);
    }

    /// <summary>Converts a lead into an account, a contact and, unless the request says otherwise, an opportunity.</summary>
    /// <remarks>New records get ids from the id generator and the request's owner (or the lead's). Merging into
    /// existing records fills only their empty fields. A new opportunity starts in the sales process's first
    /// stage, closes on the last day of the current fiscal quarter, and is named after the request or the lead's
    /// company. The lead ends in the request's converted status with its converted fields set.</remarks>
    /// <param name="lead">The lead; it is not changed.</param>
    /// <param name="request">The conversion options.</param>
    /// <returns>The converted lead and its records, or every reason the conversion was refused.</returns>
    public Result<LeadConversion> Convert(Lead lead, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(request);
        if (!_telemetry)
        {
            return Check(lead, request) is { } refused ? Result.Fail<LeadConversion>(refused) : Result.Ok(Produce(lead, request));
        }

        // FluentResults computes IsSuccess and Value with LINQ on every call: decide from our own data instead.
        using var activity = Telemetry.ActivitySource.StartActivity(LeadLifecycleTelemetry.ConvertActivity);
        activity?.SetTag(LeadLifecycleTelemetry.LeadIdTag, lead.Id.Value);
        var errors = Check(lead, request);
        if (errors is null)
        {
            var conversion = Produce(lead, request);
            Telemetry.Conversion(success: true, opportunityCreated: conversion.OpportunityCreated);
            if (activity is not null)
            {
                activity.SetTag(LeadLifecycleTelemetry.OutcomeTag, "success");
                activity.SetTag(LeadLifecycleTelemetry.OpportunityCreatedTag, conversion.OpportunityCreated);
            }

            return Result.Ok(conversion);
        }

        Telemetry.Conversion(success: false, opportunityCreated: false);
        Telemetry.Refusal(Operation, errors);
        if (activity is not null)
        {
            activity.SetTag(LeadLifecycleTelemetry.OutcomeTag, "failure");
            activity.SetTag(LeadLifecycleTelemetry.ErrorCodeTag, (errors[0] as LeadLifecycleError)?.Code);
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
        }

        return Result.Fail<LeadConversion>(errors);
    }

    /// <summary>Makes the records of a conversion whose checks all passed.</summary>
    private LeadConversion Produce(Lead lead, ConversionRequest request)
    {
        var owner = request.OwnerId ?? lead.OwnerId;
        var existingOpportunity = request.ExistingOpportunity;
        var draft = new ConversionDraft
        {
            Account = AccountDraft.From(request.ExistingAccount),
            Contact = ContactDraft.From(request.ExistingContact),
            Opportunity = OpportunityDraft.From(existingOpportunity),
            HasOpportunity = !request.DoNotCreateOpportunity,
            OverwriteLeadSource = request.OverwriteLeadSource,
        };

        _mapping.Apply(lead, owner, ref draft);

        // Salesforce's order: account, contact, opportunity, then the lead.
        var accountId = request.ExistingAccount?.Id ?? _ids.NewAccountId();
        var contactId = request.ExistingContact?.Id ?? _ids.NewContactId();
        var account = draft.Account.ToAccount(accountId);
        var contact = draft.Contact.ToContact(contactId, accountId);
        var now = _time.GetUtcNow();
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        Opportunity? opportunity = null;
        if (existingOpportunity is not null)
        {
            opportunity = existingOpportunity with
            {
                AccountId = existingOpportunity.AccountId ?? accountId,
                ContactId = existingOpportunity.ContactId ?? contactId,
                Description = draft.Opportunity.Description,
                LeadSource = draft.Opportunity.LeadSource,
                Amount = draft.Opportunity.Amount,
                CampaignId = draft.Opportunity.CampaignId,
                CustomFields = draft.Opportunity.CustomFields,
            };
        }
        else if (!request.DoNotCreateOpportunity)
        {
            var name = request.OpportunityName ?? DefaultOpportunityName(lead, account);
            var closeDate = FiscalCalendar.EndOfQuarter(today, _fiscalYearStartMonth);
            var newOpportunity = new Opportunity
            {
                Name = name,
                AccountId = accountId,
                ContactId = contactId,
                OwnerId = draft.Opportunity.OwnerId,
                Amount = draft.Opportunity.Amount,
                CloseDate = closeDate,
                LeadSource = draft.Opportunity.LeadSource,
                CampaignId = draft.Opportunity.CampaignId,
                Description = draft.Opportunity.Description,
                CustomFields = draft.Opportunity.CustomFields,
            };
            opportunity = _salesProcess.StartConverted(newOpportunity, _ids.NewOpportunityId(), now);
        }

        var status = Process.StatusAt(Process.IndexOf(request.ConvertedStatus)).Name;
        var converted = lead with
        {
            Status = status,
            IsConverted = true,
            ConvertedDate = today,
            ConvertedAccountId = accountId,
            ConvertedContactId = contactId,
            ConvertedOpportunityId = opportunity?.Id,
        };
        var opportunityCreated = opportunity is not null && existingOpportunity is null;
        return new LeadConversion
        {
            Lead = converted,
            Account = account,
            Contact = contact,
            Opportunity = opportunity,
            AccountCreated = request.ExistingAccount is null,
            ContactCreated = request.ExistingContact is null,
            OpportunityCreated = opportunityCreated,
            Event = new LeadConverted(
                lead.Id, status, accountId, contactId, opportunity?.Id,
                request.ExistingAccount is null, request.ExistingContact is null, opportunityCreated, now),
            StatusChanged = new LeadStatusChanged(lead.Id, lead.Status, status, LeadStatusTrigger.Convert, now),
        };
    }

    /// <summary>The API default: the lead's company (the account's name for a person-account lead), cut to the
    /// opportunity name's 120 characters.</summary>
    private static string DefaultOpportunityName(Lead lead, Account account)
    {
        var name = string.IsNullOrWhiteSpace(lead.Company) ? account.Name : lead.Company;
        return name.Length <= 120 ? name : name[..120];
    }
}
