using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

/// <summary>A lead process in plain data, so FsCheck can generate, shrink and print it; <see cref="Build"/> makes
/// the process.</summary>
/// <remarks>The process has the statuses below, the standard transitions (<see cref="LeadProcessBuilder.PermitStandardTransitions"/>),
/// the policy, and optionally two guards on an email address: one on converting into the first converted status
/// (an edge guard), and one on entering a status (an entry guard, on every path in). Generate them with
/// <see cref="LifecycleArbitraries.LeadProcessSpecs"/>.</remarks>
/// <param name="Open">Open, active status names; the first is the default.</param>
/// <param name="Converted">Converted status names; at least one.</param>
/// <param name="Disqualified">Disqualified (closed) status names.</param>
/// <param name="InactiveOpen">Open statuses that are inactive (no longer offered, still known).</param>
/// <param name="Recycle">Whether recycling from a disqualified status is allowed.</param>
/// <param name="EmailGuardOnConvert">Whether converting from an open status into the first converted status needs an
/// email address.</param>
/// <param name="ForwardOnly">The forward-only policy (by sort order).</param>
/// <param name="NoSkipping">The no-skipping policy (by sort order).</param>
/// <param name="EntryGuardOn">Which status's entry needs an email address: an index into <see cref="AllNames"/>
/// (wrapped, never the default status); -1 for none.</param>
public sealed record LeadProcessSpec(
    IReadOnlyList<string> Open,
    IReadOnlyList<string> Converted,
    IReadOnlyList<string> Disqualified,
    IReadOnlyList<string> InactiveOpen,
    bool Recycle,
    bool EmailGuardOnConvert,
    bool ForwardOnly = false,
    bool NoSkipping = false,
    int EntryGuardOn = -1)
{
    /// <summary>The description of the generated email guards, as <see cref="LeadProcess.GetGuardDescriptions"/> reports it.</summary>
    public const string EmailGuard = "lead has an email address";

    /// <summary>Gets every status name: open, inactive, converted, then disqualified.</summary>
    public IEnumerable<string> AllNames => Open.Concat(InactiveOpen).Concat(Converted).Concat(Disqualified);

    /// <summary>Gets the status whose entry needs an email address; null for none. Never the default status, so a
    /// lead without email can be created.</summary>
    public string? EntryGuardedStatus
    {
        get
        {
            if (EntryGuardOn < 0)
            {
                return null;
            }

            var names = AllNames.ToArray();
            return names[1 + (EntryGuardOn % (names.Length - 1))];
        }
    }

    /// <summary>Creates the email guard the spec uses (a new instance each time).</summary>
    /// <returns>A guard met by a lead with a non-empty email.</returns>
    public static LeadTransitionGuard NewEmailGuard() => new(EmailGuard, l => !string.IsNullOrEmpty(l.Email));

    /// <summary>Creates a builder configured with the spec, to add more before building.</summary>
    /// <returns>A builder for a process named "Generated".</returns>
    public LeadProcessBuilder ToBuilder()
    {
        var builder = new LeadProcessBuilder("Generated");
        for (var i = 0; i < Open.Count; i++)
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

    /// <summary>Builds the process.</summary>
    /// <returns>The lead process.</returns>
    public LeadProcess Build() => ToBuilder().Build();

    /// <summary>Gets the spec in one line.</summary>
    /// <returns>The statuses, guards and policy.</returns>
    public override string ToString() =>
        $"Open=[{string.Join(",", Open)}] Inactive=[{string.Join(",", InactiveOpen)}] Converted=[{string.Join(",", Converted)}] Disqualified=[{string.Join(",", Disqualified)}] Recycle={Recycle} EmailGuard={EmailGuardOnConvert} ForwardOnly={ForwardOnly} NoSkipping={NoSkipping} EntryGuardOn={EntryGuardedStatus}";

    /// <summary>Simpler specs, for shrinking: one status fewer, one option off.</summary>
    internal IEnumerable<LeadProcessSpec> Shrink()
    {
        foreach (var open in Shrinking.DropOne(Open, keep: 1))
        {
            yield return this with { Open = open };
        }

        foreach (var converted in Shrinking.DropOne(Converted, keep: 1))
        {
            yield return this with { Converted = converted };
        }

        foreach (var disqualified in Shrinking.DropOne(Disqualified, keep: 0))
        {
            yield return this with { Disqualified = disqualified };
        }

        foreach (var inactive in Shrinking.DropOne(InactiveOpen, keep: 0))
        {
            yield return this with { InactiveOpen = inactive };
        }

        if (EntryGuardOn >= 0)
        {
            yield return this with { EntryGuardOn = -1 };
        }

        if (EmailGuardOnConvert)
        {
            yield return this with { EmailGuardOnConvert = false };
        }

        if (ForwardOnly)
        {
            yield return this with { ForwardOnly = false };
        }

        if (NoSkipping)
        {
            yield return this with { NoSkipping = false };
        }

        if (Recycle)
        {
            yield return this with { Recycle = false };
        }
    }
}
