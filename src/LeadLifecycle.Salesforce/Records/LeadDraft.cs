using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>A mutable lead under construction while one record is read; reused from record to record.</summary>
internal sealed class LeadDraft
{
    private readonly string?[] _text = new string?[43];
    private readonly List<KeyValuePair<string, string?>> _custom = [];
    private KeyValuePair<string, string?>[] _lastCustom = [];
    private CustomFields _lastCustomFields = CustomFields.Empty;

    public decimal? AnnualRevenue { get; set; }

    public int? NumberOfEmployees { get; set; }

    public bool DoNotCall { get; set; }

    public bool HasOptedOutOfEmail { get; set; }

    public bool HasOptedOutOfFax { get; set; }

    public bool IsConverted { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? InterestShownAt { get; set; }

    public DateTimeOffset? MeetingAgreedAt { get; set; }

    public DateTimeOffset? PricingAgreedAt { get; set; }

    public DateOnly? ConvertedDate { get; set; }

    public Address? CompoundAddress { get; set; }

    public void Reset()
    {
        Array.Clear(_text);
        _custom.Clear();
        AnnualRevenue = null;
        NumberOfEmployees = null;
        DoNotCall = HasOptedOutOfEmail = HasOptedOutOfFax = IsConverted = false;
        CreatedAt = InterestShownAt = MeetingAgreedAt = PricingAgreedAt = null;
        ConvertedDate = null;
        CompoundAddress = null;
    }

    public void SetText(LeadField field, string? value) => _text[(int)field] = string.IsNullOrEmpty(value) ? null : value;

    public void SetFlag(LeadField field, bool value)
    {
        switch (field)
        {
            case LeadField.DoNotCall: DoNotCall = value; break;
            case LeadField.HasOptedOutOfEmail: HasOptedOutOfEmail = value; break;
            case LeadField.HasOptedOutOfFax: HasOptedOutOfFax = value; break;
            default: IsConverted = value; break;
        }
    }

    public void SetInstant(LeadField field, DateTimeOffset? value)
    {
        switch (field)
        {
            case LeadField.CreatedDate: CreatedAt = value; break;
            case LeadField.InterestShownAt: InterestShownAt = value; break;
            case LeadField.MeetingAgreedAt: MeetingAgreedAt = value; break;
            default: PricingAgreedAt = value; break;
        }
    }

    public void SetCustom(string name, string? value) => _custom.Add(new(name, value));

    public Lead ToLead()
    {
        var address = new Address
        {
            Street = Text(LeadField.Street) ?? CompoundAddress?.Street,
            City = Text(LeadField.City) ?? CompoundAddress?.City,
            State = Text(LeadField.State) ?? CompoundAddress?.State,
            PostalCode = Text(LeadField.PostalCode) ?? CompoundAddress?.PostalCode,
            Country = Text(LeadField.Country) ?? CompoundAddress?.Country,
        };
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
            Address = address.IsEmpty ? null : address,
            Industry = Text(LeadField.Industry),
            AnnualRevenue = AnnualRevenue,
            NumberOfEmployees = NumberOfEmployees,
            Rating = Text(LeadField.Rating),
            LeadSource = Text(LeadField.LeadSource),
            Description = Text(LeadField.Description),
            OwnerId = Text(LeadField.OwnerId) is { } owner ? new OwnerId(owner) : null,
            CampaignId = Text(LeadField.CampaignId) is { } campaign ? new CampaignId(campaign) : null,
            DoNotCall = DoNotCall,
            HasOptedOutOfEmail = HasOptedOutOfEmail,
            HasOptedOutOfFax = HasOptedOutOfFax,
            Status = Text(LeadField.Status) ?? string.Empty,
            DisqualificationReason = Text(LeadField.DisqualificationReason),
            CustomFields = BuildCustomFields(),
            CreatedAt = CreatedAt,
            InterestShownAt = InterestShownAt,
            MeetingAgreedAt = MeetingAgreedAt,
            PricingAgreedAt = PricingAgreedAt,
            IsConverted = IsConverted,
            ConvertedDate = ConvertedDate,
            ConvertedAccountId = Text(LeadField.ConvertedAccountId) is { } account ? new AccountId(account) : null,
            ConvertedContactId = Text(LeadField.ConvertedContactId) is { } contact ? new ContactId(contact) : null,
            ConvertedOpportunityId = Text(LeadField.ConvertedOpportunityId) is { } opportunity ? new OpportunityId(opportunity) : null,
        };
    }

    private string? Text(LeadField field) => _text[(int)field];

    /// <summary>The custom fields; the previous record's (immutable) instance again when its names and values are the very
    /// same strings, as they are for repeated values shared through a string pool.</summary>
    private CustomFields BuildCustomFields()
    {
        if (_custom.Count == 0)
        {
            return CustomFields.Empty;
        }

        if (_custom.Count == _lastCustom.Length)
        {
            var same = true;
            for (var i = 0; i < _lastCustom.Length && same; i++)
            {
                same = ReferenceEquals(_custom[i].Key, _lastCustom[i].Key) && ReferenceEquals(_custom[i].Value, _lastCustom[i].Value);
            }

            if (same)
            {
                return _lastCustomFields;
            }

            _custom.CopyTo(_lastCustom);
        }
        else
        {
            _lastCustom = [.. _custom];
        }

        return _lastCustomFields = CustomFields.From(_custom);
    }
}
