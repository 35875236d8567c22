using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>The target fields and their merge rules: only empty fields are filled; owners, do-not-call and email
/// opt-out only on new records; the contact's lead source also when the request asks to overwrite it.</content>
internal static partial class ConversionFieldCatalog
{
    private static Dictionary<(ConversionTarget, string), TargetField> BuildTargets()
    {
        const ConversionTarget A = ConversionTarget.Account;
        const ConversionTarget C = ConversionTarget.Contact;
        const ConversionTarget O = ConversionTarget.Opportunity;
        var fields = new TargetField[]
        {
            TextTarget(A, nameof(Account.Name), (ref ConversionDraft d) => ref d.Account.Name),
            AddressTarget(A, nameof(Account.BillingAddress), (ref ConversionDraft d) => ref d.Account.BillingAddress),
            TextTarget(A, nameof(Account.Phone), (ref ConversionDraft d) => ref d.Account.Phone),
            TextTarget(A, nameof(Account.Fax), (ref ConversionDraft d) => ref d.Account.Fax),
            TextTarget(A, nameof(Account.Website), (ref ConversionDraft d) => ref d.Account.Website),
            TextTarget(A, nameof(Account.Industry), (ref ConversionDraft d) => ref d.Account.Industry),
            ValueTarget(A, nameof(Account.AnnualRevenue), (ref ConversionDraft d) => ref d.Account.AnnualRevenue),
            ValueTarget(A, nameof(Account.NumberOfEmployees), (ref ConversionDraft d) => ref d.Account.NumberOfEmployees),
            TextTarget(A, nameof(Account.Rating), (ref ConversionDraft d) => ref d.Account.Rating),
            TextTarget(A, nameof(Account.AccountSource), (ref ConversionDraft d) => ref d.Account.AccountSource),
            ValueTarget(A, nameof(Account.OwnerId), (ref ConversionDraft d) => ref d.Account.OwnerId, newRecordsOnly: true),
            TextTarget(A, nameof(Account.Description), (ref ConversionDraft d) => ref d.Account.Description),
            TextTarget(A, nameof(Account.NameLocal), (ref ConversionDraft d) => ref d.Account.NameLocal),

            TextTarget(C, nameof(Contact.Salutation), (ref ConversionDraft d) => ref d.Contact.Salutation),
            TextTarget(C, nameof(Contact.FirstName), (ref ConversionDraft d) => ref d.Contact.FirstName),
            TextTarget(C, nameof(Contact.MiddleName), (ref ConversionDraft d) => ref d.Contact.MiddleName),
            TextTarget(C, nameof(Contact.LastName), (ref ConversionDraft d) => ref d.Contact.LastName),
            TextTarget(C, nameof(Contact.Suffix), (ref ConversionDraft d) => ref d.Contact.Suffix),
            TextTarget(C, nameof(Contact.Title), (ref ConversionDraft d) => ref d.Contact.Title),
            TextTarget(C, nameof(Contact.Email), (ref ConversionDraft d) => ref d.Contact.Email),
            TextTarget(C, nameof(Contact.Phone), (ref ConversionDraft d) => ref d.Contact.Phone),
            TextTarget(C, nameof(Contact.MobilePhone), (ref ConversionDraft d) => ref d.Contact.MobilePhone),
            TextTarget(C, nameof(Contact.Fax), (ref ConversionDraft d) => ref d.Contact.Fax),
            AddressTarget(C, nameof(Contact.MailingAddress), (ref ConversionDraft d) => ref d.Contact.MailingAddress),
            ContactLeadSource(),
            TextTarget(C, nameof(Contact.Description), (ref ConversionDraft d) => ref d.Contact.Description),
            FlagTarget(C, nameof(Contact.DoNotCall), (ref ConversionDraft d) => ref d.Contact.DoNotCall, newRecordsOnly: true),
            FlagTarget(C, nameof(Contact.HasOptedOutOfEmail), (ref ConversionDraft d) => ref d.Contact.HasOptedOutOfEmail, newRecordsOnly: true),
            FlagTarget(C, nameof(Contact.HasOptedOutOfFax), (ref ConversionDraft d) => ref d.Contact.HasOptedOutOfFax, newRecordsOnly: false),
            TextTarget(C, nameof(Contact.FirstNameLocal), (ref ConversionDraft d) => ref d.Contact.FirstNameLocal),
            TextTarget(C, nameof(Contact.LastNameLocal), (ref ConversionDraft d) => ref d.Contact.LastNameLocal),
            ValueTarget(C, nameof(Contact.OwnerId), (ref ConversionDraft d) => ref d.Contact.OwnerId, newRecordsOnly: true),

            TextTarget(O, nameof(Opportunities.Opportunity.Description), (ref ConversionDraft d) => ref d.Opportunity.Description),
            TextTarget(O, nameof(Opportunities.Opportunity.LeadSource), (ref ConversionDraft d) => ref d.Opportunity.LeadSource),
            ValueTarget(O, nameof(Opportunities.Opportunity.Amount), (ref ConversionDraft d) => ref d.Opportunity.Amount),
            ValueTarget(O, nameof(Opportunities.Opportunity.CampaignId), (ref ConversionDraft d) => ref d.Opportunity.CampaignId),
            ValueTarget(O, nameof(Opportunities.Opportunity.PartnerAccountId), (ref ConversionDraft d) => ref d.Opportunity.PartnerAccountId),
            ValueTarget(O, nameof(Opportunities.Opportunity.OwnerId), (ref ConversionDraft d) => ref d.Opportunity.OwnerId, newRecordsOnly: true),
        };
        return fields.ToDictionary(f => (f.Target, f.Name));
    }

    private static TargetField<string?> TextTarget(ConversionTarget target, string name, DraftSlot<string?> slot) =>
        new(target, name, isCustom: false,
            (ref ConversionDraft d, string? value) => FillText(ref d, target, ref slot(ref d), value),
            (draft, value) => Expression.Call(Merge(nameof(FillText)), draft, Expression.Constant(target), DraftField(draft, target, name), value));

    private static TargetField<T?> ValueTarget<T>(ConversionTarget target, string name, DraftSlot<T?> slot, bool newRecordsOnly = false)
        where T : struct =>
        new(target, name, isCustom: false,
            (ref ConversionDraft d, T? value) => FillValue(ref d, target, ref slot(ref d), newRecordsOnly, value),
            (draft, value) => Expression.Call(new ValueMerge<T>(FillValue).Method, draft, Expression.Constant(target), DraftField(draft, target, name), Expression.Constant(newRecordsOnly), value));

    private static TargetField<Address?> AddressTarget(ConversionTarget target, string name, DraftSlot<Address?> slot) =>
        new(target, name, isCustom: false,
            (ref ConversionDraft d, Address? value) => FillAddress(ref d, target, ref slot(ref d), value),
            (draft, value) => Expression.Call(Merge(nameof(FillAddress)), draft, Expression.Constant(target), DraftField(draft, target, name), value));

    /// <summary>A flag: an unset (false) flag is the empty value. Do-not-call and email opt-out are set on new
    /// contacts only: convertLead() does not update them on an existing contact. Every other flag, fax opt-out
    /// included, fills an existing record's unset flag like any empty field.</summary>
    private static TargetField<bool> FlagTarget(ConversionTarget target, string name, DraftSlot<bool> slot, bool newRecordsOnly) =>
        new(target, name, isCustom: false,
            (ref ConversionDraft d, bool value) => FillFlag(ref d, target, ref slot(ref d), newRecordsOnly, value),
            (draft, value) => Expression.Call(Merge(nameof(FillFlag)), draft, Expression.Constant(target), DraftField(draft, target, name), Expression.Constant(newRecordsOnly), value));

    /// <summary>The value merge rule's signature, to name its instantiation for an expression.</summary>
    private delegate void ValueMerge<T>(ref ConversionDraft d, ConversionTarget target, ref T? field, bool newRecordsOnly, T? value)
        where T : struct;

    /// <summary>A merge rule's method, for an expression.</summary>
    private static MethodInfo Merge(string name) =>
        typeof(ConversionFieldCatalog).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic) ?? throw new InvalidOperationException($"No merge rule {name}.");

    /// <summary>A draft field, named as its record's field, as an expression (the address the merge rule writes to).</summary>
    private static MemberExpression DraftField(Expression draft, ConversionTarget target, string name) => target switch
    {
        ConversionTarget.Account => Expression.Field(Expression.Field(draft, typeof(ConversionDraft).GetField(nameof(ConversionDraft.Account))!), typeof(AccountDraft).GetField(name)!),
        ConversionTarget.Contact => Expression.Field(Expression.Field(draft, typeof(ConversionDraft).GetField(nameof(ConversionDraft.Contact))!), typeof(ContactDraft).GetField(name)!),
        _ => Expression.Field(Expression.Field(draft, typeof(ConversionDraft).GetField(nameof(ConversionDraft.Opportunity))!), typeof(OpportunityDraft).GetField(name)!),
    };

    // The merge rules, one per kind of field: each target's writer (rules one by one) and its expression (the compiled
    // mapping) call the same one.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillText(ref ConversionDraft d, ConversionTarget target, ref string? field, string? value)
    {
        if (!string.IsNullOrEmpty(value) && d.Allows(target, newRecordsOnly: false))
        {
            if (string.IsNullOrEmpty(field))
            {
                field = value;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillValue<T>(ref ConversionDraft d, ConversionTarget target, ref T? field, bool newRecordsOnly, T? value)
        where T : struct
    {
        if (value.HasValue && d.Allows(target, newRecordsOnly))
        {
            field ??= value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillAddress(ref ConversionDraft d, ConversionTarget target, ref Address? field, Address? value)
    {
        if (value is { IsEmpty: false } && d.Allows(target, newRecordsOnly: false))
        {
            if (field is null || field.IsEmpty)
            {
                field = value;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillFlag(ref ConversionDraft d, ConversionTarget target, ref bool field, bool newRecordsOnly, bool value)
    {
        if (value && d.Allows(target, newRecordsOnly))
        {
            field = true;
        }
    }

    /// <summary>The contact's lead source: fills an empty one, and overwrites a filled one only on request.</summary>
    private static TargetField<string?> ContactLeadSource() =>
        new(ConversionTarget.Contact, nameof(Contact.LeadSource), isCustom: false, static (ref ConversionDraft d, string? value) =>
        {
            if (!string.IsNullOrEmpty(value) && (string.IsNullOrEmpty(d.Contact.LeadSource) || d.OverwriteLeadSource))
            {
                d.Contact.LeadSource = value;
            }
        });

    private static TargetField<string?> Custom(ConversionTarget target, string name) =>
        new(target, name, isCustom: true, (ref ConversionDraft d, string? value) =>
        {
            if (string.IsNullOrEmpty(value) || !d.Allows(target, newRecordsOnly: false))
            {
                return;
            }

            ref var fields = ref CustomSlot(ref d, target);
            if (string.IsNullOrEmpty(fields.Get(name)))
            {
                fields = fields.With(name, value);
            }
        });

    private static ref CustomFields CustomSlot(ref ConversionDraft d, ConversionTarget target)
    {
        if (target == ConversionTarget.Account)
        {
            return ref d.Account.CustomFields;
        }

        if (target == ConversionTarget.Contact)
        {
            return ref d.Contact.CustomFields;
        }

        return ref d.Opportunity.CustomFields;
    }
}
