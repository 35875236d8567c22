using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <content>Explicit, audited edits of converted leads, when the options allow them.</content>
public sealed partial class LeadWorkflow
{
    /// <summary>The fields conversion owns: an edit never changes them, so a lead never leaves "converted".</summary>
    private static readonly (string Name, Func<Lead, object?> Value)[] ConversionFields =
    [
        (nameof(Lead.Id), l => l.Id),
        (nameof(Lead.Status), l => l.Status),
        (nameof(Lead.DisqualificationReason), l => l.DisqualificationReason),
        (nameof(Lead.IsConverted), l => l.IsConverted),
        (nameof(Lead.ConvertedDate), l => l.ConvertedDate),
        (nameof(Lead.ConvertedAccountId), l => l.ConvertedAccountId),
        (nameof(Lead.ConvertedContactId), l => l.ConvertedContactId),
        (nameof(Lead.ConvertedOpportunityId), l => l.ConvertedOpportunityId),
        (nameof(Lead.CreatedAt), l => l.CreatedAt),
    ];

    /// <summary>The fields an edit of a converted lead may change, in declaration order.</summary>
    private static readonly (string Name, Func<Lead, object?> Value)[] EditableFields =
    [
        (nameof(Lead.Salutation), l => l.Salutation),
        (nameof(Lead.FirstName), l => l.FirstName),
        (nameof(Lead.MiddleName), l => l.MiddleName),
        (nameof(Lead.LastName), l => l.LastName),
        (nameof(Lead.Suffix), l => l.Suffix),
        (nameof(Lead.Title), l => l.Title),
        (nameof(Lead.Company), l => l.Company),
        (nameof(Lead.Email), l => l.Email),
        (nameof(Lead.Phone), l => l.Phone),
        (nameof(Lead.MobilePhone), l => l.MobilePhone),
        (nameof(Lead.Fax), l => l.Fax),
        (nameof(Lead.Website), l => l.Website),
        (nameof(Lead.Address), l => l.Address),
        (nameof(Lead.Industry), l => l.Industry),
        (nameof(Lead.AnnualRevenue), l => l.AnnualRevenue),
        (nameof(Lead.NumberOfEmployees), l => l.NumberOfEmployees),
        (nameof(Lead.Rating), l => l.Rating),
        (nameof(Lead.LeadSource), l => l.LeadSource),
        (nameof(Lead.Description), l => l.Description),
        (nameof(Lead.OwnerId), l => l.OwnerId),
        (nameof(Lead.CampaignId), l => l.CampaignId),
        (nameof(Lead.CampaignMemberships), l => l.CampaignMemberships),
        (nameof(Lead.PartnerAccountId), l => l.PartnerAccountId),
        (nameof(Lead.CompanyLocal), l => l.CompanyLocal),
        (nameof(Lead.FirstNameLocal), l => l.FirstNameLocal),
        (nameof(Lead.LastNameLocal), l => l.LastNameLocal),
        (nameof(Lead.DoNotCall), l => l.DoNotCall),
        (nameof(Lead.HasOptedOutOfEmail), l => l.HasOptedOutOfEmail),
        (nameof(Lead.HasOptedOutOfFax), l => l.HasOptedOutOfFax),
        (nameof(Lead.CustomFields), l => l.CustomFields),
        (nameof(Lead.InterestShownAt), l => l.InterestShownAt),
        (nameof(Lead.MeetingAgreedAt), l => l.MeetingAgreedAt),
        (nameof(Lead.PricingAgreedAt), l => l.PricingAgreedAt),
    ];

    /// <summary>Tells whether a converted lead may be edited into another version of itself.</summary>
    /// <param name="converted">The converted lead as stored.</param>
    /// <param name="edited">The lead with the new field values.</param>
    /// <returns>True exactly when <see cref="EditConvertedLead"/> would succeed.</returns>
    public bool CanEditConvertedLead(Lead converted, Lead edited) => ConvertedEditRefusal(converted, edited) is null;

    /// <summary>Edits the fields of a converted lead, explicitly and audited, when
    /// <see cref="LeadWorkflowOptions.AllowConvertedLeadEdits"/> is set (Salesforce's "View and Edit Converted
    /// Leads" permission).</summary>
    /// <remarks>
    /// Only fields change: the conversion is never undone and the lead never leaves its converted status. Errors:
    /// <see cref="LeadAlreadyConvertedError"/> when the option is off (the default: converted leads are read-only);
    /// <see cref="InvalidFieldValueError"/> when the lead is not converted (change other leads with the status verbs
    /// and your own field updates) or when the edit changes a field conversion owns (<see cref="Lead.Id"/>,
    /// <see cref="Lead.Status"/>, <see cref="Lead.DisqualificationReason"/>, <see cref="Lead.IsConverted"/>, the
    /// converted date and record ids, <see cref="Lead.CreatedAt"/>); and the field errors of <see cref="Create"/>
    /// (<see cref="RequiredFieldMissingError"/>, <see cref="StringTooLongError"/>, <see cref="InvalidEmailAddressError"/>).
    /// </remarks>
    /// <param name="converted">The converted lead as stored.</param>
    /// <param name="edited">The lead with the new field values, e.g. <c>converted with { Phone = "..." }</c>.</param>
    /// <returns>The edited lead and a <see cref="ConvertedLeadEdited"/> event naming the changed fields, or why the
    /// edit was refused.</returns>
    public Result<ConvertedLeadEdit> EditConvertedLead(Lead converted, Lead edited)
    {
        if (ConvertedEditRefusal(converted, edited) is { } refusal)
        {
            return Result.Fail<ConvertedLeadEdit>(refusal);
        }

        string[] changed = [.. EditableFields.Where(f => !Equals(f.Value(converted), f.Value(edited))).Select(f => f.Name)];
        var versioned = edited with { Version = RecordVersion.Next(converted.Version) };
        return Result.Ok(new ConvertedLeadEdit(versioned, new ConvertedLeadEdited(converted.Id, changed, _time.GetUtcNow())));
    }

    private List<IError>? ConvertedEditRefusal(Lead converted, Lead edited)
    {
        ArgumentNullException.ThrowIfNull(converted);
        ArgumentNullException.ThrowIfNull(edited);
        if (!converted.IsConverted)
        {
            return [new InvalidFieldValueError(nameof(Lead.IsConverted), "false", "only a converted lead is edited with EditConvertedLead; use the status verbs for other leads")];
        }

        if (!_allowConvertedLeadEdits)
        {
            return [new LeadAlreadyConvertedError(converted.Id, converted.ConvertedAccountId, converted.ConvertedContactId, converted.ConvertedOpportunityId)];
        }

        var errors = LeadValidator.Validate(edited, _allowPersonAccounts);
        foreach (var (name, value) in ConversionFields)
        {
            if (!Equals(value(converted), value(edited)))
            {
                errors.Add(new InvalidFieldValueError(name, value(edited)?.ToString(), "conversion cannot be undone: an edit of a converted lead keeps its status, conversion fields, id and creation time"));
            }
        }

        return errors.Count > 0 ? errors : null;
    }
}
