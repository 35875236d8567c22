using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Generators;

/// <summary>A lead process definition in plain data, so FsCheck can generate, shrink and print it.</summary>
/// <param name="Open">Open status names; the first is the default.</param>
/// <param name="Converted">Converted status names.</param>
/// <param name="Disqualified">Disqualified status names.</param>
/// <param name="InactiveOpen">Extra open statuses that are inactive.</param>
/// <param name="Recycle">Whether recycling is allowed.</param>
/// <param name="EmailGuardOnConvert">Whether converting into the first converted status needs an email.</param>
/// <param name="ForwardOnly">The forward-only policy.</param>
/// <param name="NoSkipping">The no-skipping policy.</param>
/// <param name="EntryGuardOn">The index (into <see cref="AllNames"/>, wrapped) of a status whose entry needs an email; -1 for none.</param>
public sealed record ProcessSpec(
    string[] Open,
    string[] Converted,
    string[] Disqualified,
    string[] InactiveOpen,
    bool Recycle,
    bool EmailGuardOnConvert,
    bool ForwardOnly = false,
    bool NoSkipping = false,
    int EntryGuardOn = -1)
{
    public const string EmailGuard = "lead has an email address";

    public IEnumerable<string> AllNames => Open.Concat(InactiveOpen).Concat(Converted).Concat(Disqualified);

    /// <summary>Gets the entry-guarded status; never the default status, so every generated lead can be created.</summary>
    public string? EntryGuardedStatus => EntryGuardOn < 0 ? null : AllNames.ElementAt(1 + (EntryGuardOn % (AllNames.Count() - 1)));

    public static LeadTransitionGuard NewEmailGuard() => new(EmailGuard, l => !string.IsNullOrEmpty(l.Email));

    public LeadProcessBuilder ToBuilder()
    {
        var builder = new LeadProcessBuilder("Generated");
        for (var i = 0; i < Open.Length; i++)
        {
            builder.AddOpenStatus(Open[i], isDefault: i == 0);
        }

        foreach (var name in InactiveOpen)
        {
            builder.AddStatus(new LeadStatus(name) { IsActive = false, SortOrder = 50 });
        }

        foreach (var name in Converted)
        {
            builder.AddConvertedStatus(name);
        }

        foreach (var name in Disqualified)
        {
            builder.AddDisqualifiedStatus(name);
        }

        builder.PermitStandardTransitions(Recycle);
        builder.WithPolicy(new LeadProcessPolicy { ForwardOnly = ForwardOnly, NoSkipping = NoSkipping });
        if (EmailGuardOnConvert)
        {
            foreach (var from in Open)
            {
                builder.Permit(LeadStatusTrigger.Convert, from, Converted[0], NewEmailGuard());
            }
        }

        if (EntryGuardedStatus is { } guarded)
        {
            builder.RequireOnEntry(guarded, NewEmailGuard());
        }

        return builder;
    }

    public LeadProcess Build() => ToBuilder().Build();

    public override string ToString() =>
        $"Open=[{string.Join(",", Open)}] Inactive=[{string.Join(",", InactiveOpen)}] Converted=[{string.Join(",", Converted)}] Disqualified=[{string.Join(",", Disqualified)}] Recycle={Recycle} EmailGuard={EmailGuardOnConvert} ForwardOnly={ForwardOnly} NoSkipping={NoSkipping} EntryGuardOn={EntryGuardedStatus}";
}

/// <summary>One verb applied to a lead: the target is an index into the process's statuses (wrapped).</summary>
public sealed record LeadStep(LeadStatusTrigger Trigger, int Target, bool WithReason, bool SetEmail);

/// <summary>How a hostile event stream is made from a valid history.</summary>
public enum EventAttackKind
{
    /// <summary>Insert a random event (random statuses, trigger, reason).</summary>
    Random = 0,

    /// <summary>Swap the event with the next one.</summary>
    Swap = 1,

    /// <summary>Drop the event.</summary>
    Drop = 2,

    /// <summary>Give the event another lead's id.</summary>
    Foreign = 3,

    /// <summary>Remove the event's reason.</summary>
    StripReason = 4,

    /// <summary>Insert a Convert event without the conversion's fields.</summary>
    ForgeConvert = 5,

    /// <summary>Insert a Convert event whose account and contact ids are empty.</summary>
    ForgeConvertWithEmptyIds = 6,
}

/// <summary>One attack on an event stream; indices wrap over the history and the process's statuses.</summary>
public sealed record EventAttack(EventAttackKind Kind, int Position, int From, int Trigger, int To);

/// <summary>FsCheck generators for leads and lead processes; every property about leads uses these.</summary>
public static class LeadArbitraries
{
    private static readonly string[] Words = ["Open", "New", "Working", "Nurturing", "Engaged", "Qualified", "Won", "Lost", "Junk", "Recycled", "Hold", "Warm", "Konvertiert", "Closed - Converted", "Closed - Not Converted"];

    public static Gen<ProcessSpec> ProcessSpecs() =>
        from names in Gen.Shuffle(Enumerable.Range(0, 40).Select(i => $"{Words[i % Words.Length]} {i}").ToArray())
        from open in Gen.Choose(1, 4)
        from inactive in Gen.Choose(0, 1)
        from converted in Gen.Choose(1, 3)
        from disqualified in Gen.Choose(0, 3)
        from recycle in Gen.Elements(true, false)
        from guard in Gen.Elements(true, false)
        from forwardOnly in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from noSkipping in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from entryGuard in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 12)))
        select new ProcessSpec(
            names[..open],
            names[open..(open + converted)],
            names[(open + converted)..(open + converted + disqualified)],
            names[(open + converted + disqualified)..(open + converted + disqualified + inactive)],
            recycle,
            guard,
            forwardOnly,
            noSkipping,
            entryGuard);

    public static Gen<ProcessSpec> ProcessSpecsAndPresets() =>
        Gen.Frequency(
            (1, Gen.Constant(new ProcessSpec(["Open - Not Contacted", "Working - Contacted"], ["Closed - Converted"], ["Closed - Not Converted"], [], true, false))),
            (1, Gen.Constant(new ProcessSpec(["Open", "Contacted"], ["Qualified"], ["Unqualified"], [], true, false))),
            (4, ProcessSpecs()));

    public static Gen<LeadStep> Steps() =>
        from trigger in Gen.Elements(Enum.GetValues<LeadStatusTrigger>())
        from target in Gen.Choose(0, 12)
        from reason in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from email in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        select new LeadStep(trigger, target, reason, email);

    public static Gen<Lead> ValidLeads() =>
        from first in Gen.Elements("Ada", "Grace", "Linus", null, "Zoë", "Jürgen")
        from last in Gen.Elements("Lovelace", "Hopper", "Torvalds", "O'Brien", "Nakamura", new string('x', 80))
        from company in Gen.Elements("Acme", "Globex", "Initech", new string('c', 255))
        from email in Gen.Elements<string?>(null, "ada@example.com", "grace.hopper@navy.mil", "x+tag@sub.example.org")
        from source in Gen.Elements<string?>(null, "Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other")
        from revenue in Gen.Elements<decimal?>(null, 0m, 1_000_000m, 123.45m)
        from employees in Gen.Elements<int?>(null, 0, 10, 250_000)
        from custom in Gen.Elements(CustomFields.Empty, CustomFields.Empty.With("Score__c", "42"), CustomFields.Empty.With("Region__c", "EMEA").With("Tier__c", "Gold"))
        select new Lead
        {
            FirstName = first,
            LastName = last,
            Company = company,
            Email = email,
            LeadSource = source,
            AnnualRevenue = revenue,
            NumberOfEmployees = employees,
            CustomFields = custom,
            Address = new Address { City = "Springfield", Country = "US" },
        };

    /// <summary>Hostile event streams: random events, and valid histories with one event reordered, dropped, made
    /// foreign, stripped of its reason, or replaced by a forged conversion.</summary>
    public static Gen<EventAttack[]> EventAttacks() =>
        (from kind in Gen.Elements(Enum.GetValues<EventAttackKind>())
         from position in Gen.Choose(0, 20)
         from source in Gen.Choose(0, 12)
         from trigger in Gen.Elements(1, 2, 3, 4, 5, 5, 0, 99)
         from to in Gen.Choose(0, 12)
         select new EventAttack(kind, position, source, trigger, to)).ArrayOf();

    public static Arbitrary<EventAttack[]> EventAttackArbitrary() => EventAttacks().ToArbitrary();

    public static Arbitrary<ProcessSpec> ProcessSpecArbitrary() => ProcessSpecsAndPresets().ToArbitrary();

    public static Arbitrary<LeadStep[]> StepsArbitrary() => Steps().ArrayOf().ToArbitrary();

    public static Arbitrary<Lead> LeadArbitrary() => ValidLeads().ToArbitrary();
}
