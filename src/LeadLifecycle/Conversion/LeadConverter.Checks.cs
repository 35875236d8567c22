using System.Diagnostics.CodeAnalysis;
using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>The checks that run before a conversion produces anything.</content>
public sealed partial class LeadConverter
{
    /// <summary>Every reason to refuse the conversion, or null when it may go ahead: the checks, then the options'
    /// duplicate matcher.</summary>
    private List<IError>? Check(Lead lead, ConversionRequest request)
    {
        var errors = CheckBeforeMatching(lead, request);
        if (errors is null && AsksMatcher(_duplicates, request))
        {
            var accounts = request.ExistingAccount is null ? _duplicates.FindMatchingAccounts(lead) : [];
            var contacts = request.ExistingContact is null ? _duplicates.FindMatchingContacts(lead) : [];
            errors = DuplicateRefusal(lead, accounts, contacts);
        }

        return errors;
    }

    /// <summary>Every reason to refuse the conversion that the duplicate matcher is not asked about, or null; the
    /// matcher is asked only when this passes.</summary>
    private List<IError>? CheckBeforeMatching(Lead lead, ConversionRequest request)
    {
        if (lead.IsConverted)
        {
            return [new LeadAlreadyConvertedError(lead.Id, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId)];
        }

        List<IError>? errors = null;
        CheckFields(lead, request, ref errors);
        CheckStatus(lead, request, ref errors);
        CheckRecords(lead, request, ref errors);
        CheckOpportunity(lead, request, ref errors);
        if (!request.DoNotCreateOpportunity && request.ExistingOpportunity is null && (request.SalesProcess ?? _salesProcess) is { FirstOpenStage: null } closedOnly)
        {
            Add(ref errors, new NoOpenStageError(closedOnly.Name));
        }

        CheckOwner(lead, request, ref errors);
        CheckReadiness(lead, ref errors);
        return errors;
    }

    private static void Add(ref List<IError>? errors, IError error) => (errors ??= []).Add(error);

    /// <summary>The lead process answers whether the lead may enter the converted status (guards included).</summary>
    private void CheckStatus(Lead lead, ConversionRequest request, ref List<IError>? errors)
    {
        // The allocation-free answer first; the refusal is built only when it says no (the two agree: a property test
        // holds CanConvert to Convert, and LeadProcess keeps both in one place).
        if (Process.AllowsConversion(lead, Process.IndexOf(request.ConvertedStatus)))
        {
            return;
        }

        foreach (var error in Process.ConversionRefusal(lead, request.ConvertedStatus) ?? [])
        {
            Add(ref errors, error);
        }

        if (string.IsNullOrWhiteSpace(request.ConvertedStatus))
        {
            Add(ref errors, new RequiredFieldMissingError(nameof(ConversionRequest.ConvertedStatus)));
        }
    }

    /// <summary>The lead's fields by the rules <see cref="LeadWorkflow.Create"/> applies (a lead built or changed
    /// without it may break them), and the fields of the existing records the lead is merged into.</summary>
    private void CheckFields(Lead lead, ConversionRequest request, ref List<IError>? errors)
    {
        var allowBlankCompany = _personAccounts || request.ExistingAccount is { IsPersonAccount: true };
        LeadValidator.Validate(lead, allowBlankCompany, ref errors);

        if (request.ExistingAccount is { } account)
        {
            ExistingRecordValidator.Validate(account, ref errors);
        }

        if (request.ExistingContact is { } contact)
        {
            ExistingRecordValidator.Validate(contact, ref errors);
        }

        if (request.ExistingOpportunity is { } opportunity)
        {
            ExistingRecordValidator.Validate(opportunity, ref errors);
        }
    }

    private static void CheckRecords(Lead lead, ConversionRequest request, ref List<IError>? errors)
    {
        var account = request.ExistingAccount;
        var contact = request.ExistingContact;
        if (account is not null && account.Id.IsEmpty)
        {
            Add(ref errors, new InvalidFieldValueError("ExistingAccount.Id", null, "an existing account needs its id"));
        }

        if (account is { IsPersonAccount: true } && account.PersonContactId is not { IsEmpty: false })
        {
            Add(ref errors, new InvalidFieldValueError("ExistingAccount.PersonContactId", null, "an existing person account needs the id of its contact (PersonContactId)"));
        }

        if (contact is not null && contact.Id.IsEmpty)
        {
            Add(ref errors, new InvalidFieldValueError("ExistingContact.Id", null, "an existing contact needs its id"));
        }

        if (contact is not null && account is null)
        {
            Add(ref errors, new ContactRequiresAccountError(contact.Id));
        }
        else if (contact is not null && account is { IsPersonAccount: true })
        {
            Add(ref errors, new PersonAccountContactError(account.Id, contact.Id));
        }
        else if (contact is not null && account is not null && contact.AccountId != account.Id)
        {
            Add(ref errors, new ContactNotOnAccountError(contact.Id, contact.AccountId, account.Id));
        }

        if (request.OverwriteLeadSource && contact is null && account is not { IsPersonAccount: true })
        {
            Add(ref errors, new OverwriteLeadSourceRequiresContactError(lead.Id));
        }
    }

    private void CheckOpportunity(Lead lead, ConversionRequest request, ref List<IError>? errors)
    {
        var opportunity = request.ExistingOpportunity;
        var name = request.OpportunityName;
        if (request.DoNotCreateOpportunity && (opportunity is not null || name is not null))
        {
            Add(ref errors, new OpportunityNotWantedError(opportunity?.Id, name));
        }

        if (opportunity is not null && name is not null)
        {
            Add(ref errors, new OpportunityIdAndNameError(opportunity.Id, name));
        }

        if (request.SalesProcess is { } salesProcess && (opportunity is not null || request.DoNotCreateOpportunity))
        {
            Add(ref errors, new InvalidFieldValueError(
                nameof(ConversionRequest.SalesProcess), salesProcess.Name, "applies only to a new opportunity; leave it null when linking an existing opportunity or creating none"));
        }

        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            Add(ref errors, new RequiredFieldMissingError(nameof(ConversionRequest.OpportunityName)));
        }
        else if (name is not null && name.Length > ConversionRequest.OpportunityNameMaxLength)
        {
            Add(ref errors, new StringTooLongError(nameof(ConversionRequest.OpportunityName), ConversionRequest.OpportunityNameMaxLength, name.Length));
        }
        else if (name is null && opportunity is null && !request.DoNotCreateOpportunity
            && DefaultOpportunityName(lead, request) is { Length: > Opportunities.OpportunityFieldLimits.Name } defaultName)
        {
            // Every default name (the company, a person's name, an existing account's name): Salesforce's opportunity
            // name holds 120 characters (STRING_TOO_LONG).
            Add(ref errors, new StringTooLongError("Opportunity.Name", Opportunities.OpportunityFieldLimits.Name, defaultName.Length));
        }

        if (opportunity is not null)
        {
            if (opportunity.Id.IsEmpty)
            {
                Add(ref errors, new InvalidFieldValueError("ExistingOpportunity.Id", null, "an existing opportunity needs its id"));
            }

            var account = request.ExistingAccount?.Id;
            if (account is null)
            {
                Add(ref errors, new OpportunityRequiresAccountError(opportunity.Id, opportunity.AccountId));
            }
            else if (opportunity.AccountId is { } owned && owned != account)
            {
                Add(ref errors, new OpportunityNotOnAccountError(opportunity.Id, opportunity.AccountId, account));
            }
        }
    }

    private static void CheckOwner(Lead lead, ConversionRequest request, ref List<IError>? errors)
    {
        if (request.OwnerId is null && lead.OwnerId is { } owner && IsQueue(owner))
        {
            Add(ref errors, new OwnerRequiredError(lead.Id, owner));
        }
    }

    /// <summary>Salesforce queues are groups, whose ids start with the key prefix 00G.</summary>
    private static bool IsQueue(OwnerId owner) => owner.Value?.StartsWith(QueueKeyPrefix, StringComparison.Ordinal) == true;

    private void CheckReadiness(Lead lead, ref List<IError>? errors)
    {
        var met = _readiness switch
        {
            ConversionReadiness.InterestShown => lead.InterestShownAt is not null || lead.MeetingAgreedAt is not null || lead.PricingAgreedAt is not null,
            ConversionReadiness.MeetingAgreed => lead.MeetingAgreedAt is not null || lead.PricingAgreedAt is not null,
            ConversionReadiness.PricingAgreed => lead.PricingAgreedAt is not null,
            _ => true,
        };
        if (!met)
        {
            Add(ref errors, new ReadinessSignalMissingError(lead.Id, _readiness));
        }
    }

    /// <summary>Whether a matcher is asked at all: there is one and the request does not allow duplicates. It is then
    /// asked only about the records the conversion would create: accounts unless the request links an existing
    /// account, contacts unless it links an existing contact.</summary>
    private static bool AsksMatcher<TMatcher>([NotNullWhen(true)] TMatcher? matcher, ConversionRequest request)
        where TMatcher : class => matcher is not null && !request.AllowDuplicates;

    /// <summary>The refusal for what the matcher found (a null answer counts as none), or null when it found nothing.</summary>
    private static List<IError>? DuplicateRefusal(Lead lead, IReadOnlyList<AccountId>? accounts, IReadOnlyList<ContactId>? contacts) =>
        accounts is { Count: > 0 } || contacts is { Count: > 0 }
            ? [new DuplicatesDetectedError(lead.Id, accounts ?? [], contacts ?? [])]
            : null;
}
