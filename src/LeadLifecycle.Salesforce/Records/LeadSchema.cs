using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>The lead's fields as Salesforce exports name them (API names and report labels), and how they become a
/// <see cref="Lead"/>.</summary>
internal static class LeadSchema
{
    public static RecordSchema<Lead> Instance { get; } = new("Lead", Fields(), Build, ["Name", "Full Name"], [(int)LeadField.FirstName, (int)LeadField.LastName]);

    /// <summary>The column name written for a field: Salesforce's field name, or the library's property name for the
    /// fields Salesforce does not have (disqualification reason, readiness signals).</summary>
    public static string NameOf(LeadField field) => Instance.Fields[(int)field]!.Name;

    private static RecordField?[] Fields()
    {
        var fields = new RecordField?[Enum.GetValues<LeadField>().Length];
        void Add(LeadField field, FieldKind kind, params string[] labels) => fields[(int)field] = new RecordField(field.ToString(), kind, field == LeadField.IsConverted, labels);

        Add(LeadField.Id, FieldKind.Id, "Lead ID", "Record ID");
        Add(LeadField.Salutation, FieldKind.Text);
        Add(LeadField.FirstName, FieldKind.Text, "First Name");
        Add(LeadField.MiddleName, FieldKind.Text, "Middle Name");
        Add(LeadField.LastName, FieldKind.Text, "Last Name");
        Add(LeadField.Suffix, FieldKind.Text);
        Add(LeadField.Title, FieldKind.Text);
        Add(LeadField.Company, FieldKind.Text, "Company / Account");
        Add(LeadField.Email, FieldKind.Text);
        Add(LeadField.Phone, FieldKind.Text);
        Add(LeadField.MobilePhone, FieldKind.Text, "Mobile");
        Add(LeadField.Fax, FieldKind.Text);
        Add(LeadField.Website, FieldKind.Text);
        Add(LeadField.Street, FieldKind.Text);
        Add(LeadField.City, FieldKind.Text);
        Add(LeadField.State, FieldKind.Text, "State/Province");
        Add(LeadField.PostalCode, FieldKind.Text, "Zip/Postal Code", "Zip");
        Add(LeadField.Country, FieldKind.Text);
        Add(LeadField.Address, FieldKind.Address);
        Add(LeadField.Industry, FieldKind.Text);
        Add(LeadField.AnnualRevenue, FieldKind.Decimal);
        Add(LeadField.NumberOfEmployees, FieldKind.Integer, "No. of Employees", "Employees");
        Add(LeadField.Rating, FieldKind.Text);
        Add(LeadField.LeadSource, FieldKind.Text);
        Add(LeadField.Description, FieldKind.Text);
        Add(LeadField.OwnerId, FieldKind.Id, "Lead Owner ID");
        Add(LeadField.CampaignId, FieldKind.Id);
        Add(LeadField.PartnerAccountId, FieldKind.Id, "Partner Account ID");
        Add(LeadField.DoNotCall, FieldKind.Boolean);
        Add(LeadField.HasOptedOutOfEmail, FieldKind.Boolean, "Email Opt Out", "Do Not Email");
        Add(LeadField.HasOptedOutOfFax, FieldKind.Boolean, "Fax Opt Out");
        Add(LeadField.Status, FieldKind.Text, "Lead Status");
        Add(LeadField.CreatedDate, FieldKind.DateTime);
        Add(LeadField.IsConverted, FieldKind.Boolean, "Converted");
        Add(LeadField.ConvertedDate, FieldKind.Date);
        Add(LeadField.ConvertedAccountId, FieldKind.Id);
        Add(LeadField.ConvertedContactId, FieldKind.Id);
        Add(LeadField.ConvertedOpportunityId, FieldKind.Id);
        Add(LeadField.DisqualificationReason, FieldKind.Text);
        Add(LeadField.InterestShownAt, FieldKind.DateTime);
        Add(LeadField.MeetingAgreedAt, FieldKind.DateTime);
        Add(LeadField.PricingAgreedAt, FieldKind.DateTime);
        return fields;
    }

    private static Lead Build(RecordDraft d)
    {
        string? Text(LeadField field) => d.Text((int)field);
        return new Lead
        {
            Id = Text(LeadField.Id) is { } id ? new LeadId(id) : default,
            Salutation = Text(LeadField.Salutation),
            FirstName = Text(LeadField.FirstName),
            MiddleName = Text(LeadField.MiddleName),
            LastName = Text(LeadField.LastName) ?? string.Empty,
            Suffix = Text(LeadField.Suffix),
            Title = Text(LeadField.Title),
            Company = Text(LeadField.Company),
            Email = Text(LeadField.Email),
            Phone = Text(LeadField.Phone),
            MobilePhone = Text(LeadField.MobilePhone),
            Fax = Text(LeadField.Fax),
            Website = Text(LeadField.Website),
            Address = d.Address((int)LeadField.Street, (int)LeadField.City, (int)LeadField.State, (int)LeadField.PostalCode, (int)LeadField.Country),
            Industry = Text(LeadField.Industry),
            AnnualRevenue = d.Number((int)LeadField.AnnualRevenue),
            NumberOfEmployees = d.Integer((int)LeadField.NumberOfEmployees),
            Rating = Text(LeadField.Rating),
            LeadSource = Text(LeadField.LeadSource),
            Description = Text(LeadField.Description),
            OwnerId = Text(LeadField.OwnerId) is { } owner ? new OwnerId(owner) : null,
            CampaignId = Text(LeadField.CampaignId) is { } campaign ? new CampaignId(campaign) : null,
            PartnerAccountId = Text(LeadField.PartnerAccountId) is { } partner ? new AccountId(partner) : null,
            DoNotCall = d.Flag((int)LeadField.DoNotCall),
            HasOptedOutOfEmail = d.Flag((int)LeadField.HasOptedOutOfEmail),
            HasOptedOutOfFax = d.Flag((int)LeadField.HasOptedOutOfFax),
            Status = Text(LeadField.Status) ?? string.Empty,
            DisqualificationReason = Text(LeadField.DisqualificationReason),
            CustomFields = d.BuildCustomFields(),
            CreatedAt = d.Instant((int)LeadField.CreatedDate),
            InterestShownAt = d.Instant((int)LeadField.InterestShownAt),
            MeetingAgreedAt = d.Instant((int)LeadField.MeetingAgreedAt),
            PricingAgreedAt = d.Instant((int)LeadField.PricingAgreedAt),
            IsConverted = d.Flag((int)LeadField.IsConverted),
            ConvertedDate = d.Date((int)LeadField.ConvertedDate),
            ConvertedAccountId = Text(LeadField.ConvertedAccountId) is { } account ? new AccountId(account) : null,
            ConvertedContactId = Text(LeadField.ConvertedContactId) is { } contact ? new ContactId(contact) : null,
            ConvertedOpportunityId = Text(LeadField.ConvertedOpportunityId) is { } opportunity ? new OpportunityId(opportunity) : null,
        };
    }
}
