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
    private readonly FiscalPeriods? _fiscalPeriods;
    private readonly TimeZoneInfo? _timeZone;
    private readonly bool _personAccounts;
    private readonly MappingStep[] _picklistDefaults;
    private readonly bool _telemetry;
    private readonly ZoneDate _today = new();

    /// <summary>Initializes a new instance of the <see cref="LeadConverter"/> class.</summary>
    /// <param name="process">The lead process whose converted statuses and conversion transitions apply.</param>
    /// <param name="options">Sales process, mapping, fiscal year, time zone, person accounts, picklist defaults,
    /// readiness, duplicate check, clock and ids; defaults when null.</param>
    /// <exception cref="ArgumentNullException">The process, or an options property that must be set, is null; the
    /// parameter name is the property's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fiscal year start month is not 1 to 12, or the readiness
    /// policy is unknown; the parameter name is the property's.</exception>
    /// <exception cref="ArgumentException">A picklist default names a field that is no mapped standard picklist.</exception>
    public LeadConverter(LeadProcess process, LeadConverterOptions? options = null)
    {
        Process = Preconditions.NotNull(process);
        options ??= new LeadConverterOptions();
        _salesProcess = Preconditions.NotNull(options.SalesProcess, nameof(LeadConverterOptions.SalesProcess));
        _mapping = Preconditions.NotNull(options.FieldMapping, nameof(LeadConverterOptions.FieldMapping));
        _time = Preconditions.NotNull(options.TimeProvider, nameof(LeadConverterOptions.TimeProvider));
        _ids = Preconditions.NotNull(options.IdGenerator, nameof(LeadConverterOptions.IdGenerator));
        if (options.FiscalYearStartMonth is < 1 or > 12)
        {
            throw OutOfRange(nameof(LeadConverterOptions.FiscalYearStartMonth), options.FiscalYearStartMonth, "The fiscal year starts in a month from 1 to 12.");
        }

        if (!Enum.IsDefined(options.Readiness))
        {
            throw OutOfRange(nameof(LeadConverterOptions.Readiness), options.Readiness, "Unknown readiness policy.");
        }

        var defaults = Preconditions.NotNull(options.PicklistDefaults, nameof(LeadConverterOptions.PicklistDefaults));
        _picklistDefaults = [.. defaults.Select(d => ConversionFieldCatalog.PicklistDefaultStep(_mapping, d))];
        _fiscalYearStartMonth = options.FiscalYearStartMonth;
        _fiscalPeriods = options.FiscalPeriods;
        _timeZone = options.TimeZone;
        _personAccounts = options.AllowPersonAccountLeads;
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

    /// <summary>Gets the sales process new opportunities start in unless a request names its own; build the
    /// <see cref="OpportunityWorkflow"/> for converted opportunities with it.</summary>
    public SalesProcess SalesProcess => _salesProcess;

    /// <summary>Tells whether <see cref="Convert"/> would succeed for a lead and a request now, without producing anything.</summary>
    /// <remarks>Runs every check <see cref="Convert"/> runs, the duplicate matcher included, so
    /// <c>CanConvert(lead, request) == Convert(lead, request).IsSuccess</c>. To learn why not, call
    /// <see cref="Convert"/>: it changes nothing either.</remarks>
    /// <param name="lead">The lead.</param>
    /// <param name="request">The conversion options.</param>
    /// <returns>True when the conversion would succeed.</returns>
    public bool CanConvert(Lead lead, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(request);
        return Check(lead, request) is null;
    }

    /// <summary>Converts a lead into an account, a contact and, unless the request says otherwise, an opportunity.</summary>
    /// <remarks>
    /// <para>New records get ids from the id generator and the request's owner (or the lead's). Merging into
    /// existing records fills only their empty fields. A new opportunity starts in the first stage of the request's
    /// (or the converter's) sales process, closes on the last day of the current fiscal period (custom
    /// <see cref="LeadConverterOptions.FiscalPeriods"/>) or quarter, "today" being the date in the request's (or the
    /// converter's, or the clock's) time zone, and is named after the request or the lead's company. The lead ends in
    /// the request's converted status with its converted fields set.</para>
    /// <para>Person accounts (<see cref="LeadConverterOptions.AllowPersonAccountLeads"/>, or an existing person
    /// account in the request): a lead with a blank Company becomes a person account, an account that is also the
    /// contact (Salesforce convertLead(): "Leads with a blank value in the Company field are converted to Person
    /// Accounts"). No business account is made; the contact-bound fields become the account's person fields, the
    /// address its billing and person mailing address; the opportunity is on the person account and, unless named,
    /// named after the person.</para>
    /// <para>Errors, all reported at once: <see cref="LeadAlreadyConvertedError"/> (alone);
    /// <see cref="RequiredFieldMissingError"/>, <see cref="StringTooLongError"/>, <see cref="InvalidEmailAddressError"/>
    /// and <see cref="InvalidFieldValueError"/> for the lead's fields (the rules of <see cref="LeadWorkflow.Create"/>),
    /// the existing records' fields and the request; <see cref="UnknownLeadStatusError"/>,
    /// <see cref="RequestedStatusNotConvertedError"/>, <see cref="LeadTransitionNotPermittedError"/>;
    /// <see cref="ContactRequiresAccountError"/>, <see cref="ContactNotOnAccountError"/>,
    /// <see cref="PersonAccountContactError"/>, <see cref="OpportunityRequiresAccountError"/>,
    /// <see cref="OpportunityNotOnAccountError"/>, <see cref="OpportunityIdAndNameError"/>,
    /// <see cref="OpportunityNotWantedError"/>, <see cref="OverwriteLeadSourceRequiresContactError"/>,
    /// <see cref="OwnerRequiredError"/>, <see cref="ReadinessSignalMissingError"/>; and, only when all else passes,
    /// <see cref="DuplicatesDetectedError"/>.</para>
    /// </remarks>
    /// <param name="lead">The lead; it is not changed.</param>
    /// <param name="request">The conversion options.</param>
    /// <returns>The converted lead and its records, or every reason the conversion was refused.</returns>
    /// <exception cref="InvalidOperationException">The id generator broke its contract: it gave an empty id, or an
    /// id equal to another record of the conversion.</exception>
    public Result<LeadConversion> Convert(Lead lead, ConversionRequest request)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(request);
        if (!_telemetry)
        {
            return Finish(lead, request, Check(lead, request), activity: null);
        }

        using var activity = StartActivity(lead);
        return Finish(lead, request, Check(lead, request), activity);
    }

    /// <summary>The conversion's activity, when telemetry is on and someone listens.</summary>
    private Activity? StartActivity(Lead lead)
    {
        if (!_telemetry)
        {
            return null;
        }

        var activity = Telemetry.ActivitySource.StartActivity(LeadLifecycleTelemetry.ConvertActivity);
        activity?.SetTag(LeadLifecycleTelemetry.LeadIdTag, lead.Id.Value);
        return activity;
    }

    /// <summary>The one ending of every conversion, sync or async, once its checks (the matcher's included) are done:
    /// the records when nothing refused it, else the refusal; with telemetry when it is on.</summary>
    private Result<LeadConversion> Finish(Lead lead, ConversionRequest request, List<IError>? errors, Activity? activity)
    {
        if (!_telemetry)
        {
            return errors is null ? Result.Ok(Produce(lead, request)) : Result.Fail<LeadConversion>(errors);
        }

        // FluentResults computes IsSuccess and Value with LINQ on every call: decide from our own data instead.
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
        var existingAccount = request.ExistingAccount;
        var existingOpportunity = request.ExistingOpportunity;
        var personAccount = IsPersonAccountConversion(lead, request);
        Draft(lead, request, out var draft);

        // Salesforce's order: account, contact, opportunity, then the lead.
        var accountId = existingAccount?.Id ?? NewId(_ids.NewAccountId().Value, request, lead, static v => new AccountId(v));
        var contactId = (personAccount ? existingAccount?.PersonContactId : request.ExistingContact?.Id)
            ?? NewId(_ids.NewContactId().Value, request, lead, static v => new ContactId(v), accountId.Value);
        var accountVersion = VersionAfter(existingAccount?.Version);

        // A person account's contact is the record behind the account: it shares the account's version.
        var contact = draft.Contact.ToContact(contactId, accountId, personAccount ? accountVersion : VersionAfter(request.ExistingContact?.Version));
        var account = personAccount ? draft.Account.ToPersonAccount(accountId, contact, accountVersion) : draft.Account.ToAccount(accountId, accountVersion);
        if (personAccount)
        {
            contact = contact with { CustomFields = PersonFields.ContactFieldsOf(account) };
        }

        var now = _time.GetUtcNow();
        var today = _today.Of(now, request.TimeZone ?? _timeZone ?? _time.LocalTimeZone);
        Opportunity? opportunity = null;
        SalesProcess? salesProcess = null;
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
                PartnerAccountId = draft.Opportunity.PartnerAccountId,
                CustomFields = draft.Opportunity.CustomFields,
                Version = VersionAfter(existingOpportunity.Version),
            };
        }
        else if (!request.DoNotCreateOpportunity)
        {
            salesProcess = request.SalesProcess ?? _salesProcess;
            var name = request.OpportunityName ?? DefaultOpportunityName(lead, request, in draft);
            var closeDate = _fiscalPeriods?.Find(today)?.End ?? FiscalCalendar.EndOfQuarter(today, _fiscalYearStartMonth);
            var opportunityId = NewId(_ids.NewOpportunityId().Value, request, lead, static v => new OpportunityId(v), accountId.Value, contactId.Value);
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
                PartnerAccountId = draft.Opportunity.PartnerAccountId,
                Description = draft.Opportunity.Description,
                CustomFields = draft.Opportunity.CustomFields,
            };
            opportunity = salesProcess.StartConverted(newOpportunity, opportunityId, now);
        }

        var change = Process.Convert(lead, request.ConvertedStatus, new ConvertedLeadFields(today, accountId, contactId, opportunity?.Id), now);
        var status = change.Lead.Status;
        var accountCreated = existingAccount is null;
        var contactCreated = personAccount ? accountCreated : request.ExistingContact is null;
        var opportunityCreated = opportunity is not null && existingOpportunity is null;
        return new LeadConversion
        {
            Lead = change.Lead,
            Account = account,
            Contact = contact,
            Opportunity = opportunity,
            SalesProcessName = salesProcess?.Name,
            AccountCreated = accountCreated,
            ContactCreated = contactCreated,
            OpportunityCreated = opportunityCreated,
            Event = new LeadConverted(
                lead.Id, status, accountId, contactId, opportunity?.Id,
                accountCreated, contactCreated, opportunityCreated, now),
            StatusChanged = (LeadStatusChanged)change.Event,
        };
    }

    /// <summary>The version of a conversion's record: the first for a new record, one more for an existing one the
    /// conversion fills or links.</summary>
    private static long VersionAfter(long? existing) => existing is { } version ? RecordVersion.Next(version) : RecordVersion.First;

    /// <summary>An out-of-range option, named by its property.</summary>
    private static ArgumentOutOfRangeException OutOfRange(string property, object value, string message) => new(property, value, message);

    /// <summary>Whether the conversion makes or fills a person account: the existing account is one, or, with person
    /// accounts allowed and no existing account, the lead has no company.</summary>
    private bool IsPersonAccountConversion(Lead lead, ConversionRequest request) => request.ExistingAccount is { } existing
        ? existing.IsPersonAccount
        : _personAccounts && string.IsNullOrWhiteSpace(lead.Company);

    /// <summary>A new id from the generator, checked against its contract: not empty, and unlike every id the
    /// request and the lead already hold and the ids made before it in this conversion.</summary>
    private T NewId<T>(string? value, ConversionRequest request, Lead lead, Func<string, T> make, params ReadOnlySpan<string?> madeBefore)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException($"The id generator {_ids.GetType().Name} gave an empty id; ids must be unique and never empty.");
        }

        var taken = value == lead.Id.Value || value == request.ExistingAccount?.Id.Value || value == request.ExistingAccount?.PersonContactId?.Value
            || value == request.ExistingContact?.Id.Value || value == request.ExistingOpportunity?.Id.Value;
        foreach (var id in madeBefore)
        {
            taken |= value == id;
        }

        return taken
            ? throw new InvalidOperationException($"The id generator {_ids.GetType().Name} gave the id '{value}', which a record of this conversion already has; ids must be unique.")
            : make(value);
    }

    /// <summary>The mapped fields of the three records: the existing records' fields, filled from the lead by the
    /// mapping and the picklist defaults.</summary>
    /// <remarks>Filled in place: the draft is a few hundred bytes of references, and every copy of it costs a
    /// conversion as much as mapping a dozen fields.</remarks>
    private void Draft(Lead lead, ConversionRequest request, out ConversionDraft draft)
    {
        var owner = request.OwnerId ?? lead.OwnerId;
        var existingAccount = request.ExistingAccount;
        draft = default;
        AccountDraft.From(existingAccount, out draft.Account);
        if (existingAccount is { IsPersonAccount: true })
        {
            ContactDraft.FromPersonAccount(existingAccount, out draft.Contact);
        }
        else
        {
            ContactDraft.From(request.ExistingContact, out draft.Contact);
        }

        OpportunityDraft.From(request.ExistingOpportunity, out draft.Opportunity);
        draft.HasOpportunity = !request.DoNotCreateOpportunity;
        draft.OverwriteLeadSource = request.OverwriteLeadSource;
        draft.Contact.IsNew = IsPersonAccountConversion(lead, request) ? existingAccount is null : request.ExistingContact is null;

        _mapping.Apply(lead, owner, ref draft);
        foreach (var step in _picklistDefaults)
        {
            step(lead, owner, ref draft);
        }
    }

    /// <summary>The API default name of a new opportunity, before the conversion's draft is made (for the checks,
    /// which refuse a default name longer than the opportunity name's 120 characters, <c>STRING_TOO_LONG</c>).</summary>
    private string DefaultOpportunityName(Lead lead, ConversionRequest request)
    {
        if (!string.IsNullOrWhiteSpace(lead.Company))
        {
            return lead.Company;
        }

        Draft(lead, request, out var draft);
        return DefaultOpportunityName(lead, request, in draft);
    }

    /// <summary>The API default name of a new opportunity, the one place it is decided: the lead's company, else the
    /// account's name: for a person account the person's name, for an existing business account its name.</summary>
    private string DefaultOpportunityName(Lead lead, ConversionRequest request, in ConversionDraft draft) =>
        !string.IsNullOrWhiteSpace(lead.Company) ? lead.Company
        : IsPersonAccountConversion(lead, request) ? draft.Contact.Name : draft.Account.Name ?? string.Empty;
}
