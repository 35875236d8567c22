namespace LeadLifecycle.Conversion;

/// <summary>Custom contact fields on a person account: Salesforce shows a contact's custom field <c>Foo__c</c> on a
/// person account as <c>Foo__pc</c> (Salesforce Help, "Person Account Fields").</summary>
internal static class PersonFields
{
    private const string ContactSuffix = "__c";
    private const string PersonSuffix = "__pc";

    /// <summary>The account's custom fields with the contact's custom fields added as <c>__pc</c> fields, filling
    /// only empty ones.</summary>
    public static CustomFields Merge(CustomFields account, CustomFields contact)
    {
        foreach (var (name, value) in contact)
        {
            var personName = ToPersonName(name);
            if (string.IsNullOrEmpty(account.Get(personName)))
            {
                account = account.With(personName, value);
            }
        }

        return account;
    }

    /// <summary>The contact custom fields of a person account: its <c>__pc</c> fields, named <c>__c</c> again.</summary>
    public static CustomFields ContactFieldsOf(Account account)
    {
        var fields = CustomFields.Empty;
        foreach (var (name, value) in account.CustomFields)
        {
            if (name.EndsWith(PersonSuffix, StringComparison.OrdinalIgnoreCase) && name.Length > PersonSuffix.Length)
            {
                fields = fields.With(string.Concat(name.AsSpan(0, name.Length - PersonSuffix.Length), ContactSuffix), value);
            }
        }

        return fields;
    }

    private static string ToPersonName(string name) =>
        name.EndsWith(ContactSuffix, StringComparison.OrdinalIgnoreCase)
            ? string.Concat(name.AsSpan(0, name.Length - ContactSuffix.Length), PersonSuffix)
            : name + PersonSuffix;
}
