using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>A generated LeadStatus value set: unique names, one open active default, at least one converted status.</summary>
public sealed record GeneratedStatuses(LeadStatus[] Statuses)
{
    public IReadOnlyCollection<string> ClosedNames => [.. Statuses.Where(s => s.IsDisqualified).Select(s => s.Name)];

    public override string ToString() => string.Join(" | ", Statuses.Select(s => $"{s.Name}[{s.Label}] d={s.IsDefault} c={s.IsConverted} x={s.IsClosed} a={s.IsActive}"));
}

/// <summary>A generated lead business process over a generated value set: the selected names and the process default.</summary>
public sealed record GeneratedBusinessProcess(GeneratedStatuses ValueSet, string Name, bool IsActive, string[] Selected, string Default)
{
    public override string ToString() => $"{Name} active={IsActive} default={Default} selected=[{string.Join(", ", Selected)}] over {ValueSet}";
}

/// <summary>A generated opportunity business process over a generated stage set that has an open, a won and a lost stage.</summary>
public sealed record GeneratedSalesProcess(LeadLifecycle.Opportunities.OpportunityStage[] Stages, string Name, bool IsActive, string[] Selected, string Default)
{
    public override string ToString() => $"{Name} active={IsActive} default={Default} selected=[{string.Join(", ", Selected)}] over [{string.Join(", ", Stages.Select(s => s.Name))}]";
}

/// <summary>A real fixture file with random byte mutations.</summary>
public sealed record MutatedFile(string Kind, byte[] Content)
{
    public override string ToString() => $"{Kind}: {Content.Length} bytes";
}

public static class SalesforceArbitraries
{
    private static readonly string[] Pieces = ["a", "Z", "ü", "日本", "&", "<", ">", "/", "%", "+", " ", "-", "'", "\"", "#", "é", "Open", "Closed", "%2F", "\t"];

    private static readonly (string Kind, string Folder, string File)[] Seeds =
    [
        ("statuses", "github-octoforce-actions", "LeadStatus.standardValueSet-meta.xml"),
        ("sources", "github-octoforce-actions", "LeadSource.standardValueSet-meta.xml"),
        ("stages", "UST-EASY", "OpportunityStage.standardValueSet-meta.xml"),
        ("process", "UST-EASY", "Opportunity.Applicant.businessProcess-meta.xml"),
        ("csv", "SFDC-Assets-data-cloud-workshop", "Lead.csv"),
        ("csv", "earthfink1982-salesforce-in-powerbi", "Lead.csv"),
        ("json", "LASFDG-data-loader-examples", "treeapi_Lead.json"),
    ];

    /// <summary>Text without leading or trailing whitespace (the reader trims names), with XML- and URL-special characters.</summary>
    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p).Trim()).Where(s => s.Length > 0);

    public static Arbitrary<GeneratedStatuses> Statuses() => StatusesGen.ToArbitrary();

    public static Arbitrary<GeneratedBusinessProcess> BusinessProcesses() =>
        (from set in StatusesGen
         from name in Text
         from isActive in Gen.Elements(true, false)
         from extra in Gen.SubListOf(set.Statuses)
         from defaultStatus in Gen.Elements(set.Statuses.Where(s => s.IsOpen && s.IsActive).ToArray())
         let converted = set.Statuses.First(s => s.IsConverted)
         let selected = set.Statuses.Where(s => extra.Contains(s) || s == converted || s == defaultStatus).Select(s => s.Name).ToArray()
         select new GeneratedBusinessProcess(set, name, isActive, selected, defaultStatus.Name)).ToArbitrary();

    public static Arbitrary<Lead> Leads() => LeadGen.ToArbitrary();

    public static Arbitrary<GeneratedSalesProcess> SalesProcesses() =>
        (from set in StagesGen.Select(s => s.Concat(
                [
                    new LeadLifecycle.Opportunities.OpportunityStage("Open Stage") { Probability = 10, SortOrder = s.Length + 1 },
                    new LeadLifecycle.Opportunities.OpportunityStage("Won Stage") { Probability = 100, IsClosed = true, IsWon = true, ForecastCategory = LeadLifecycle.Opportunities.ForecastCategory.Closed, SortOrder = s.Length + 2 },
                    new LeadLifecycle.Opportunities.OpportunityStage("Lost Stage") { IsClosed = true, ForecastCategory = LeadLifecycle.Opportunities.ForecastCategory.Omitted, SortOrder = s.Length + 3 },
                ]).DistinctBy(x => x.Name).Select((x, i) => x with { SortOrder = i + 1 }).ToArray())
         from extra in Gen.SubListOf(set)
         from name in Text
         from isActive in Gen.Elements(true, false)
         from defaultStage in Gen.Elements(set.Where(x => x.IsOpen && x.IsActive).ToArray())
         let required = new[] { "Open Stage", "Won Stage", "Lost Stage", defaultStage.Name }
         select new GeneratedSalesProcess(set, name, isActive,
             [.. set.Where(x => extra.Contains(x) || required.Contains(x.Name)).Select(x => x.Name)], defaultStage.Name)).ToArbitrary();

    public static Arbitrary<LeadLifecycle.Opportunities.OpportunityStage[]> Stages() => StagesGen.ToArbitrary();

    private static Gen<LeadLifecycle.Opportunities.OpportunityStage[]> StagesGen =>
        (from names in Text.ArrayOf().Select(n => n.Distinct(StringComparer.Ordinal).ToArray()).Where(n => n.Length >= 1)
         from labels in Text.ArrayOf(names.Length)
         from probabilities in Gen.Choose(0, 100).ArrayOf(names.Length)
         from categories in Gen.Elements(Enum.GetValues<LeadLifecycle.Opportunities.ForecastCategory>()).ArrayOf(names.Length)
         from kinds in Gen.Choose(0, 2).ArrayOf(names.Length)
         from active in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(names.Length)
         from descriptions in Optional.ArrayOf(names.Length)
         select names.Select((name, i) => new LeadLifecycle.Opportunities.OpportunityStage(name)
         {
             Label = labels[i],
             Probability = probabilities[i],
             ForecastCategory = categories[i],
             IsClosed = kinds[i] > 0,
             IsWon = kinds[i] == 2,
             IsActive = active[i],
             SortOrder = i + 1,
             Description = descriptions[i] is { } d ? d + "\nsecond line & more" : null,
         }).ToArray());

    public static Arbitrary<MutatedFile> MutatedFiles() =>
        (from seed in Gen.Elements(Seeds)
         let bytes = File.ReadAllBytes(Fixture.Path(seed.Folder, seed.File))
         from edits in Gen.Choose(1, 8).SelectMany(n => EditGen(bytes.Length).ArrayOf(n))
         select new MutatedFile(seed.Kind, Apply(bytes, edits))).ToArbitrary();

    private static Gen<GeneratedStatuses> StatusesGen { get; } =
        from names in Text.ArrayOf().Select(n => n.Distinct(StringComparer.Ordinal).ToArray()).Where(n => n.Length >= 2)
        from labels in Text.ArrayOf(names.Length)
        from kinds in Gen.Elements(0, 0, 1, 2, 3).ArrayOf(names.Length)
        from defaultIndex in Gen.Choose(0, names.Length - 1)
        from convertedIndex in Gen.Choose(0, names.Length - 1).Where(i => i != defaultIndex)
        select new GeneratedStatuses([.. names.Select((name, i) => Status(name, labels[i], i, i == defaultIndex ? -1 : i == convertedIndex ? 1 : kinds[i]))]);

    private static Gen<string?> Optional { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(s => (string?)s)));

    private static Gen<DateTimeOffset?> Instant { get; } =
        Gen.Frequency(
            (1, Gen.Constant<DateTimeOffset?>(null)),
            (2, Gen.Choose(0, 2_000_000_000).Select(s => (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(s).ToOffset(TimeSpan.FromHours(s % 5)))));

    private static Gen<Lead> LeadGen { get; } =
        from texts in Optional.ArrayOf(24)
        from lastName in Text
        from numbers in Gen.Choose(-1, 100_000).ArrayOf(3)
        from flags in Gen.Elements(true, false).ArrayOf(4)
        from instants in Instant.ArrayOf(4)
        from customNames in Gen.Elements("Region__c", "Score__c", "Notes__c", "Legacy_Id__c").ArrayOf()
        from customValues in Text.ArrayOf(customNames.Length)
        select new Lead
        {
            Id = texts[0] is { } id ? new LeadId(id) : default,
            Salutation = texts[1],
            FirstName = texts[2],
            MiddleName = texts[3],
            LastName = lastName,
            Suffix = texts[4],
            Title = texts[5],
            Company = texts[6],
            Email = texts[7],
            Phone = texts[8],
            MobilePhone = texts[9],
            Fax = texts[10],
            Website = texts[11],
            Address = texts[12] is null && texts[13] is null ? null : new Address { Street = texts[12], City = texts[13], State = texts[14], PostalCode = texts[15], Country = texts[16] },
            Industry = texts[17],
            AnnualRevenue = numbers[0] < 0 ? null : numbers[0] * 10.25m,
            NumberOfEmployees = numbers[1] < 0 ? null : numbers[1],
            Rating = texts[18],
            LeadSource = texts[19],
            Description = texts[20] is { } description ? description + "\n, \"quoted\"" : null,
            OwnerId = texts[21] is { } owner ? new OwnerId(owner) : null,
            CampaignId = texts[22] is { } campaign ? new CampaignId(campaign) : null,
            DoNotCall = flags[0],
            HasOptedOutOfEmail = flags[1],
            HasOptedOutOfFax = flags[2],
            IsConverted = flags[3],
            Status = texts[23] ?? string.Empty,
            CreatedAt = instants[0],
            InterestShownAt = instants[1],
            MeetingAgreedAt = instants[2],
            PricingAgreedAt = instants[3],
            ConvertedDate = numbers[2] < 0 ? null : DateOnly.FromDayNumber(730_000 + numbers[2]),
            ConvertedAccountId = flags[3] ? new AccountId("001" + lastName) : null,
            CustomFields = CustomFields.From(customNames.Select((n, i) => new KeyValuePair<string, string?>(n, customValues[i]))),
        };

    /// <summary>kind: -1 default (open, active), 0 open, 1 converted, 2 disqualified, 3 inactive open.</summary>
    private static LeadStatus Status(string name, string label, int index, int kind) => new(name)
    {
        Label = label,
        SortOrder = index + 1,
        IsDefault = kind == -1,
        IsConverted = kind == 1,
        IsClosed = kind is 1 or 2,
        IsActive = kind != 3,
    };

    private static Gen<(int Operation, int Position, byte Value)> EditGen(int length) =>
        from operation in Gen.Choose(0, 4)
        from position in Gen.Choose(0, Math.Max(0, length - 1))
        from value in Gen.Elements<byte>(0, (byte)'<', (byte)'>', (byte)'"', (byte)',', (byte)'\n', (byte)'&', (byte)'{', (byte)'}', 0xFF, 0xC3, (byte)'%')
        select (operation, position, value);

    private static byte[] Apply(byte[] original, (int Operation, int Position, byte Value)[] edits)
    {
        var bytes = new List<byte>(original);
        foreach (var (operation, position, value) in edits)
        {
            var at = Math.Min(position, Math.Max(0, bytes.Count - 1));
            switch (operation)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = value;
                    break;
                case 1:
                    bytes.Insert(at, value);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + (value % 40)));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Repeat a stretch of the file: duplicated elements, rows and values.
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 20 + (value * 3))));
                    break;
            }
        }

        return [.. bytes];
    }
}
