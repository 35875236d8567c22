using BenchmarkDotNet.Attributes;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// One lead conversion against its baseline: a hand-written mapping that builds the account, contact and
/// opportunity from a lead with the same id generator (what an app would write without the library).
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private readonly LeadConverter _converter = new(LeadProcess.SalesforceClassic, new LeadConverterOptions { EnableTelemetry = false });
    private readonly LeadConverter _converterWithTelemetry = new(LeadProcess.SalesforceClassic);
    private readonly LeadConverter _converterWithMatcher = new(LeadProcess.SalesforceClassic, new LeadConverterOptions
    {
        EnableTelemetry = false,
        DuplicateMatcher = NoDuplicates.Instance,
    });

    private readonly ConversionRequest _request = new("Closed - Converted");
    private readonly IIdGenerator _ids = GuidIdGenerator.Instance;
    private Lead _lead = null!;

    [GlobalSetup]
    public void Setup() => _lead = BenchmarkLeads.Create(1);

    /// <summary>The baseline: the three records built by hand from the lead's fields.</summary>
    /// <remarks>All three are returned: records that do not escape would be stack-allocated by the .NET 10 JIT,
    /// which no real conversion (whose records are saved) gets.</remarks>
    /// <returns>The three records.</returns>
    [Benchmark(Baseline = true, Description = "Hand-written mapping: account, contact, opportunity")]
    public (Account Account, Contact Contact, Opportunity Opportunity) HandWritten()
    {
        var lead = _lead;
        var account = new Account
        {
            Id = _ids.NewAccountId(), Name = lead.Company!, BillingAddress = lead.Address, Phone = lead.Phone, Fax = lead.Fax,
            Website = lead.Website, Industry = lead.Industry, AnnualRevenue = lead.AnnualRevenue, NumberOfEmployees = lead.NumberOfEmployees,
            Rating = lead.Rating, AccountSource = lead.LeadSource, OwnerId = lead.OwnerId,
        };
        var contact = new Contact
        {
            Id = _ids.NewContactId(), AccountId = account.Id, Salutation = lead.Salutation, FirstName = lead.FirstName, LastName = lead.LastName,
            Title = lead.Title, Email = lead.Email, Phone = lead.Phone, MobilePhone = lead.MobilePhone, Fax = lead.Fax,
            MailingAddress = lead.Address, LeadSource = lead.LeadSource, Description = lead.Description, DoNotCall = lead.DoNotCall,
            HasOptedOutOfEmail = lead.HasOptedOutOfEmail, HasOptedOutOfFax = lead.HasOptedOutOfFax, OwnerId = lead.OwnerId,
        };
        var stage = SalesProcess.Default.DefaultStage;
        var today = DateOnly.FromDateTime(DateTime.Today);
        var opportunity = new Opportunity
        {
            Id = _ids.NewOpportunityId(), Name = lead.Company!, AccountId = account.Id, ContactId = contact.Id, OwnerId = lead.OwnerId,
            Stage = stage.Name, Probability = stage.Probability, ForecastCategory = stage.ForecastCategory, IsClosed = stage.IsClosed, IsWon = stage.IsWon,
            CloseDate = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3).AddDays(-1),
            LeadSource = lead.LeadSource, CampaignId = lead.CampaignId,
        };
        return (account, contact, opportunity);
    }

    /// <summary>The library: checks, mapping, records, converted lead, events and the result.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "LeadConverter.Convert")]
    public object Convert() => _converter.Convert(_lead, _request);

    /// <summary>The library with telemetry on and nobody listening.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "LeadConverter.Convert, telemetry on, nobody listening")]
    public object ConvertWithTelemetry() => _converterWithTelemetry.Convert(_lead, _request);

    /// <summary>The sync path with a duplicate matcher that finds nothing (issue 11: the reference for ConvertAsync).</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "LeadConverter.Convert, IDuplicateMatcher finding nothing")]
    public object ConvertWithMatcher() => _converterWithMatcher.Convert(_lead, _request);

    /// <summary>The async path with a matcher that completes synchronously (issue 11 target: within 1.2x of
    /// <see cref="ConvertWithMatcher"/>).</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "LeadConverter.ConvertAsync, IAsyncDuplicateMatcher completing synchronously")]
    public object ConvertAsyncWithMatcher()
    {
        var task = _converter.ConvertAsync(_lead, _request, NoDuplicates.Instance);
        return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A matcher that finds nothing, sync and async (the async answers complete synchronously, as a cache
    /// hit or an in-memory index would).</summary>
    private sealed class NoDuplicates : IDuplicateMatcher, IAsyncDuplicateMatcher
    {
        public static readonly NoDuplicates Instance = new();

        public IReadOnlyList<AccountId> FindMatchingAccounts(Lead lead) => [];

        public IReadOnlyList<ContactId> FindMatchingContacts(Lead lead) => [];

        public ValueTask<IReadOnlyList<AccountId>> FindMatchingAccountsAsync(Lead lead, CancellationToken cancellationToken) => new([]);

        public ValueTask<IReadOnlyList<ContactId>> FindMatchingContactsAsync(Lead lead, CancellationToken cancellationToken) => new([]);
    }
}
