namespace LeadLifecycle.Conversion;

/// <content>Salesforce's standard lead conversion field mapping.</content>
public sealed partial class LeadFieldMapping
{
    /// <summary>Gets Salesforce's standard mapping ("Lead Conversion Field Mapping"), the default.</summary>
    /// <remarks>Company to account name and its local-language name (<c>CompanyLocal</c>) to <c>NameLocal</c>; address
    /// (state and country codes included) to the account's billing and the contact's mailing address; phone and fax
    /// to both; website, industry, annual revenue, employees and rating to the account; names (local-language names
    /// too), title, email, mobile, description, do-not-call and opt-outs to the contact; lead source to contact,
    /// opportunity and (as newer orgs do) the account source; the owner to all three; the primary campaign
    /// (<see cref="Leads.Lead.PrimaryCampaignId"/>) to the opportunity's primary campaign source; the partner account
    /// (<see cref="Leads.Lead.PartnerAccountId"/>) to the opportunity's partner account. Salesforce's
    /// standard mapping is fixed: an org cannot drop or add standard-to-standard rows, only map custom fields; this
    /// library lets you (<see cref="With"/>, <see cref="Without(string)"/>), which no org can reproduce.</remarks>
    public static LeadFieldMapping SalesforceStandard { get; } = Create(StandardRules());

    private static IEnumerable<FieldMappingRule> StandardRules()
    {
        const ConversionTarget A = ConversionTarget.Account;
        const ConversionTarget C = ConversionTarget.Contact;
        const ConversionTarget O = ConversionTarget.Opportunity;
        return
        [
            new("Company", A, "Name"),
            new("Address", A, "BillingAddress"),
            new("Address", C, "MailingAddress"),
            new("Phone", A, "Phone"),
            new("Phone", C, "Phone"),
            new("Fax", A, "Fax"),
            new("Fax", C, "Fax"),
            new("Website", A, "Website"),
            new("Industry", A, "Industry"),
            new("AnnualRevenue", A, "AnnualRevenue"),
            new("NumberOfEmployees", A, "NumberOfEmployees"),
            new("Rating", A, "Rating"),
            new("Salutation", C, "Salutation"),
            new("FirstName", C, "FirstName"),
            new("MiddleName", C, "MiddleName"),
            new("LastName", C, "LastName"),
            new("Suffix", C, "Suffix"),
            new("Title", C, "Title"),
            new("Email", C, "Email"),
            new("MobilePhone", C, "MobilePhone"),
            new("Description", C, "Description"),
            new("DoNotCall", C, "DoNotCall"),
            new("HasOptedOutOfEmail", C, "HasOptedOutOfEmail"),
            new("HasOptedOutOfFax", C, "HasOptedOutOfFax"),
            new("LeadSource", C, "LeadSource"),
            new("LeadSource", O, "LeadSource"),
            new("LeadSource", A, "AccountSource"),
            new("OwnerId", A, "OwnerId"),
            new("OwnerId", C, "OwnerId"),
            new("OwnerId", O, "OwnerId"),
            new("CampaignId", O, "CampaignId"),
            new("PartnerAccountId", O, "PartnerAccountId"),
            new("CompanyLocal", A, "NameLocal"),
            new("FirstNameLocal", C, "FirstNameLocal"),
            new("LastNameLocal", C, "LastNameLocal"),
        ];
    }
}
