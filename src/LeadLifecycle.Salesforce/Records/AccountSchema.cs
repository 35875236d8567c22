using LeadLifecycle.Conversion;

namespace LeadLifecycle.Salesforce;

/// <summary>The account's fields as Salesforce exports name them, and how they become an <see cref="Account"/>.</summary>
internal static class AccountSchema
{
    public const int Id = 0, Name = 1, Street = 2, City = 3, State = 4, PostalCode = 5, Country = 6, Address = 7, Phone = 8, Fax = 9,
        Website = 10, Industry = 11, AnnualRevenue = 12, NumberOfEmployees = 13, Rating = 14, AccountSource = 15, OwnerId = 16, Description = 17;

    public static RecordSchema<Account> Instance { get; } = new(
        "Account",
        [
            new("Id", FieldKind.Id, false, "Account ID", "Record ID"),
            new("Name", FieldKind.Text, false, "Account Name"),
            new("BillingStreet", FieldKind.Text, false, "Billing Street"),
            new("BillingCity", FieldKind.Text, false, "Billing City"),
            new("BillingState", FieldKind.Text, false, "Billing State/Province"),
            new("BillingPostalCode", FieldKind.Text, false, "Billing Zip/Postal Code"),
            new("BillingCountry", FieldKind.Text, false, "Billing Country"),
            new("BillingAddress", FieldKind.Address, false),
            new("Phone", FieldKind.Text, false, "Account Phone"),
            new("Fax", FieldKind.Text, false, "Account Fax"),
            new("Website", FieldKind.Text, false),
            new("Industry", FieldKind.Text, false),
            new("AnnualRevenue", FieldKind.Decimal, false, "Annual Revenue"),
            new("NumberOfEmployees", FieldKind.Integer, false, "Employees"),
            new("Rating", FieldKind.Text, false, "Account Rating"),
            new("AccountSource", FieldKind.Text, false, "Account Source"),
            new("OwnerId", FieldKind.Id, false, "Account Owner ID", "Owner ID"),
            new("Description", FieldKind.Text, false, "Account Description"),
        ],
        Build,
        [],
        []);

    private static Account Build(RecordDraft d) => new()
    {
        Id = d.Text(Id) is { } id ? new AccountId(id) : default,
        Name = d.Text(Name) ?? string.Empty,
        BillingAddress = d.Address(Street, City, State, PostalCode, Country),
        Phone = d.Text(Phone),
        Fax = d.Text(Fax),
        Website = d.Text(Website),
        Industry = d.Text(Industry),
        AnnualRevenue = d.Number(AnnualRevenue),
        NumberOfEmployees = d.Integer(NumberOfEmployees),
        Rating = d.Text(Rating),
        AccountSource = d.Text(AccountSource),
        OwnerId = d.Text(OwnerId) is { } owner ? new OwnerId(owner) : null,
        Description = d.Text(Description),
        CustomFields = d.BuildCustomFields(),
    };
}
