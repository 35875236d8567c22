using LeadLifecycle.Conversion;

namespace LeadLifecycle.Salesforce;

/// <summary>The contact's fields as Salesforce exports name them, and how they become a <see cref="Contact"/>.</summary>
internal static class ContactSchema
{
    public const int Id = 0, AccountId = 1, Salutation = 2, FirstName = 3, MiddleName = 4, LastName = 5, Suffix = 6, Title = 7, Email = 8,
        Phone = 9, MobilePhone = 10, Fax = 11, Street = 12, City = 13, State = 14, PostalCode = 15, Country = 16, Address = 17,
        LeadSource = 18, Description = 19, DoNotCall = 20, HasOptedOutOfEmail = 21, HasOptedOutOfFax = 22, OwnerId = 23;

    public static RecordSchema<Contact> Instance { get; } = new(
        "Contact",
        [
            new("Id", FieldKind.Id, false, "Contact ID", "Record ID"),
            new("AccountId", FieldKind.Id, false, "Account ID"),
            new("Salutation", FieldKind.Text, false),
            new("FirstName", FieldKind.Text, false, "First Name"),
            new("MiddleName", FieldKind.Text, false, "Middle Name"),
            new("LastName", FieldKind.Text, false, "Last Name"),
            new("Suffix", FieldKind.Text, false),
            new("Title", FieldKind.Text, false),
            new("Email", FieldKind.Text, false),
            new("Phone", FieldKind.Text, false, "Business Phone"),
            new("MobilePhone", FieldKind.Text, false, "Mobile", "Mobile Phone"),
            new("Fax", FieldKind.Text, false, "Business Fax"),
            new("MailingStreet", FieldKind.Text, false, "Mailing Street"),
            new("MailingCity", FieldKind.Text, false, "Mailing City"),
            new("MailingState", FieldKind.Text, false, "Mailing State/Province"),
            new("MailingPostalCode", FieldKind.Text, false, "Mailing Zip/Postal Code"),
            new("MailingCountry", FieldKind.Text, false, "Mailing Country"),
            new("MailingAddress", FieldKind.Address, false),
            new("LeadSource", FieldKind.Text, false, "Lead Source"),
            new("Description", FieldKind.Text, false),
            new("DoNotCall", FieldKind.Boolean, false, "Do Not Call"),
            new("HasOptedOutOfEmail", FieldKind.Boolean, false, "Email Opt Out"),
            new("HasOptedOutOfFax", FieldKind.Boolean, false, "Fax Opt Out"),
            new("OwnerId", FieldKind.Id, false, "Contact Owner ID", "Owner ID"),
        ],
        Build,
        ["Name", "Full Name"],
        [FirstName, LastName]);

    private static Contact Build(RecordDraft d) => new()
    {
        Id = d.Text(Id) is { } id ? new ContactId(id) : default,
        AccountId = d.Text(AccountId) is { } account ? new AccountId(account) : null,
        Salutation = d.Text(Salutation),
        FirstName = d.Text(FirstName),
        MiddleName = d.Text(MiddleName),
        LastName = d.Text(LastName) ?? string.Empty,
        Suffix = d.Text(Suffix),
        Title = d.Text(Title),
        Email = d.Text(Email),
        Phone = d.Text(Phone),
        MobilePhone = d.Text(MobilePhone),
        Fax = d.Text(Fax),
        MailingAddress = d.Address(Street, City, State, PostalCode, Country),
        LeadSource = d.Text(LeadSource),
        Description = d.Text(Description),
        DoNotCall = d.Flag(DoNotCall),
        HasOptedOutOfEmail = d.Flag(HasOptedOutOfEmail),
        HasOptedOutOfFax = d.Flag(HasOptedOutOfFax),
        OwnerId = d.Text(OwnerId) is { } owner ? new OwnerId(owner) : null,
        CustomFields = d.BuildCustomFields(),
    };
}
