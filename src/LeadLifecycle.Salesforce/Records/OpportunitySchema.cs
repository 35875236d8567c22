using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <summary>The opportunity's fields as Salesforce exports name them, and how they become an <see cref="Opportunity"/>
/// before the sales process completes it.</summary>
internal static class OpportunitySchema
{
    public const int Id = 0, Name = 1, AccountId = 2, ContactId = 3, OwnerId = 4, Amount = 5, CloseDate = 6, Stage = 7, Probability = 8,
        ForecastCategory = 9, IsClosed = 10, IsWon = 11, LeadSource = 12, CampaignId = 13, Description = 14, LossReason = 15, Competitor = 16,
        PartnerAccountId = 17;

    public static RecordSchema<Opportunity> Instance { get; } = new(
        "Opportunity",
        [
            new("Id", FieldKind.Id, false, "Opportunity ID", "Record ID"),
            new("Name", FieldKind.Text, false, "Opportunity Name"),
            new("AccountId", FieldKind.Id, false, "Account ID"),
            new("ContactId", FieldKind.Id, false, "Contact ID"),
            new("OwnerId", FieldKind.Id, false, "Opportunity Owner ID", "Owner ID"),
            new("Amount", FieldKind.Decimal, false),
            new("CloseDate", FieldKind.Date, true, "Close Date"),
            new("StageName", FieldKind.Text, true, "Stage"),
            new("Probability", FieldKind.Integer, false, "Probability (%)"),
            new("ForecastCategoryName", FieldKind.Text, false, "Forecast Category", "ForecastCategory"),
            new("IsClosed", FieldKind.Boolean, true, "Closed"),
            new("IsWon", FieldKind.Boolean, true, "Won"),
            new("LeadSource", FieldKind.Text, false, "Lead Source"),
            new("CampaignId", FieldKind.Id, false, "Campaign ID", "Primary Campaign Source"),
            new("Description", FieldKind.Text, false),
            new("LossReason", FieldKind.Text, false, "Loss Reason"),
            new("Competitor", FieldKind.Text, false),
            new("PartnerAccountId", FieldKind.Id, false, "Partner Account ID"),
        ],
        Build,
        ["ExpectedRevenue", "Expected Revenue"],
        []);

    /// <summary>The opportunity as the file writes it, before a sales process decides its stage values.</summary>
    private static Opportunity Build(RecordDraft d) =>
        Build(d, new StageValues(d.Text(Stage) ?? string.Empty, d.Number(Amount), d.Integer(Probability) ?? 0, default, d.Flag(IsClosed), d.Flag(IsWon)));

    /// <summary>The opportunity with the values its stage decides, made once.</summary>
    public static Opportunity Build(RecordDraft d, in StageValues stage) => new()
    {
        Id = d.Text(Id) is { } id ? new OpportunityId(id) : default,
        Name = d.Text(Name) ?? string.Empty,
        AccountId = d.Text(AccountId) is { } account ? new AccountId(account) : null,
        ContactId = d.Text(ContactId) is { } contact ? new ContactId(contact) : null,
        OwnerId = d.Text(OwnerId) is { } owner ? new OwnerId(owner) : null,
        Amount = stage.Amount,
        CloseDate = d.Date(CloseDate),
        Stage = stage.Stage,
        Probability = stage.Probability,
        ForecastCategory = stage.ForecastCategory,
        IsClosed = stage.IsClosed,
        IsWon = stage.IsWon,
        LeadSource = d.Text(LeadSource),
        CampaignId = d.Text(CampaignId) is { } campaign ? new CampaignId(campaign) : null,
        Description = d.Text(Description),
        LossReason = d.Text(LossReason),
        Competitor = d.Text(Competitor),
        PartnerAccountId = d.Text(PartnerAccountId) is { } partner ? new AccountId(partner) : null,
        CustomFields = d.BuildCustomFields(),
    };

    /// <summary>The values of an opportunity that its stage in a sales process decides.</summary>
    /// <param name="Stage">The stage's name.</param>
    /// <param name="Amount">The amount.</param>
    /// <param name="Probability">The probability, in percent.</param>
    /// <param name="ForecastCategory">The forecast category.</param>
    /// <param name="IsClosed">Whether the stage is closed.</param>
    /// <param name="IsWon">Whether the stage is won.</param>
    public readonly record struct StageValues(string Stage, decimal? Amount, int Probability, ForecastCategory ForecastCategory, bool IsClosed, bool IsWon);
}
